// SKELETON: the site stage (issue 4) lives here: pages, layouts, listings, feeds, bundles.
