// The analysis pipeline: arguments, embeddings, themes, syntheses, counts; closed-question statistics.
