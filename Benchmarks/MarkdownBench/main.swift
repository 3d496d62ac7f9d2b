// SKELETON: the Markdown benchmark (issue 2).
print("MarkdownBench: not yet written")
