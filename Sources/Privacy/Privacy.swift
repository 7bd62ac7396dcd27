// Personal-data detection and masking; small-cell suppression.
