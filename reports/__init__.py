"""Documents and files built from the models: printed ledgers, workbooks, imports and exports."""
