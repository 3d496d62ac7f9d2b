// SKELETON: the build benchmark (issue 4).
print("BuildBench: not yet written")
