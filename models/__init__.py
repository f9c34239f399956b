"""The domain of Gongjian: entities, rules, queries and migrations. No Qt here."""
