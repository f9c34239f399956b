"""The registry: compounds, buildings, resident units, organisations, people, users."""
