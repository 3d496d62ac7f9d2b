// SKELETON: the search stage (issue 5) lives here: tokenizer, stemmers, index builder, shards.
