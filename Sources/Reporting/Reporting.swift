// Renderers: HTML (DSFR), Markdown, JSON, ODS, CSV; SVG charts.
