"""The office registry: places, resident units, Party organisations and people."""
