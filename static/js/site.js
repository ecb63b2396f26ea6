// Progressive enhancements; the site works without JavaScript.
