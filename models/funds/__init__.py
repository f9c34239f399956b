"""小区党建工作经费: Party-building funds.

Three restricted funds (财政投入, 党费留存补助, 社会筹集) kept apart for the community and for
each compound Party branch. Money is integer fen throughout.

- money: typed amounts → fen, fen → "1,234.50", amounts in words (大写)
- entities: the tables; accounts: funds, holders and balances
- config: the admin-editable rules (permitted dues uses, decision threshold, categories)
- rules: the checks a posting must pass; entries: drafts; attachments: invoice scans
- vouchers: gap-free numbers per year; posting: post and reverse
- budgets; journal (日记账 lines) and journal_pages (承前页/过次页 pagination)
- stats (yearly figures, JSON), dues (Party dues calculator), demo
"""
