"""render: the knowledge graph → pages (Markdown) and assets (bytes), independent of any site engine."""
