"""Doctor inquiries: the form page, submissions, routing and retention."""
