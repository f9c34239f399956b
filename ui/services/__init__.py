"""双服务清单: the page and its dialogs."""
