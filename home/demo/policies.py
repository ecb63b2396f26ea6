"""The demo's policy pages: the editorial policy, the accessibility statement
and the privacy notice for inquiries.

Each says only what the code does (who may publish, what an inquiry stores,
who may read it, what the browser tests check). Where a real publisher must
state facts of its own (its name, its funding), the text says that the clinic
network is fictional sample content. Numbers that editors can change (the
retention period) are not written here: a block reads them from the settings.
"""

import datetime

LAST_UPDATED = datetime.date(2026, 12, 1)
SAMPLE_NOTE = (
    "<p><b>About this demonstration site:</b> the clinic network that publishes "
    "it is fictional sample content, and so are the doctors named as reviewers; "
    "each doctor's profile says so. A real publisher replaces the parts marked "
    "“sample” with its own facts.</p>"
)


def text(html):
    return {"type": "text", "value": html}


EDITORIAL = {
    "title": "Editorial policy",
    "slug": "editorial-policy",
    "summary": (
        "Who writes and reviews the articles, how the site is paid for, how "
        "conflicts of interest are handled, how claims are checked and how "
        "mistakes are corrected."
    ),
    "body": [
        text(SAMPLE_NOTE),
        text(
            "<h2>Who writes the articles</h2>"
            "<p>Articles are written and updated by the site's editors in its "
            "content system. Editors can draft and change articles, but they "
            "cannot publish them.</p>"
            "<h2>Who reviews them</h2>"
            "<p>Every article goes through a “Medical review” step. A doctor in "
            "the medical reviewers group reads the draft and approves or rejects "
            "it; an approval publishes the article and records who reviewed it "
            "and when. Each article names its medical reviewer, links to their "
            "profile, and shows the date of the last review and when the next "
            "one is due (by default, a year after the last).</p>"
            "<h2>How claims are checked</h2>"
            "<ul>"
            "<li>Each article lists the sources it rests on.</li>"
            "<li>Each article states how strong the evidence is and whether the "
            "treatment is approved for the use described.</li>"
            "<li>When an article is saved, an automatic claims check looks for "
            "wording the evidence cannot support, such as promised results or "
            "an approval that the treatment does not have. Each flag must be "
            "fixed, or explained by the editor, before the article can be "
            "published.</li>"
            "</ul>"
            "<h2>How the site is paid for (sample)</h2>"
            "<p>The site is published by a clinic network, which pays for it. "
            "The site carries no advertising. On this demonstration site the "
            "network is fictional; a real publisher states here who it is and "
            "every source of money for the site.</p>"
            "<h2>Conflicts of interest</h2>"
            "<p>A clinic network has an interest in what its readers choose: its "
            "doctors may provide some of the treatments described here. This is "
            "why every article shows the strength of the evidence and the "
            "regulatory status, including for treatments that are experimental "
            "or not approved, and why each reviewer's profile shows the "
            "interests they have declared.</p>"
            "<h2>Corrections</h2>"
            "<p>If you find a mistake, tell us through the “Was this page "
            "helpful?” form at the end of each article or the contact address "
            "at the foot of every page. An editor corrects the article, and the "
            "corrected article is published only after medical review, like any "
            "other change.</p>"
            "<h2>Support organisations</h2>"
            "<p>Condition pages list organisations that support people with the "
            "condition, chosen by the editors. They are independent of the "
            "clinic network. So far:</p>"
        ),
        {"type": "support_organisations", "value": None},
    ],
}

ACCESSIBILITY = {
    "title": "Accessibility statement",
    "slug": "accessibility",
    "summary": (
        "The standard this site aims for (WCAG 2.2 level AA), how it is tested, "
        "what we know is not yet right, and how to tell us about a problem."
    ),
    "body": [
        text(
            "<h2>Our target</h2>"
            "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) "
            "2.2 at level AA. We do not claim that the site meets them in full: "
            "it has not been audited by an outside expert.</p>"
            "<h2>How the site is tested</h2>"
            "<ul>"
            "<li>Automated browser tests open the main pages (the home page, "
            "the treatments list, an article, search results, the inquiry form, "
            "condition pages, doctor profiles and these policy pages) in "
            "Chromium, at a phone size and a desktop size, and run the axe-core "
            "accessibility checker on each.</li>"
            "<li>The same tests check that the first press of the Tab key shows "
            "a “Skip to main content” link, and that the forms show their "
            "errors in text, next to the field.</li>"
            "<li>The pages use plain HTML first: the forms, including the "
            "feedback form, work without JavaScript.</li>"
            "</ul>"
            "<h2>Known limits</h2>"
            "<ul>"
            "<li>Automated checks find only some accessibility problems. The "
            "site has not yet been tested by disabled people or by hand with "
            "screen readers.</li>"
            "<li>Videos in articles depend on the editors adding a "
            "transcript.</li>"
            "<li>Images depend on the editors writing useful alternative "
            "text.</li>"
            "</ul>"
            "<h2>Tell us about a problem</h2>"
            "<p>If something on the site does not work for you, write to the "
            "contact address at the foot of every page. Say which page it was "
            "and what happened; we will look into it.</p>"
        ),
    ],
}

PRIVACY = {
    "title": "Privacy notice for inquiries",
    "slug": "privacy",
    "summary": (
        "What the “Ask a doctor” form and the “Was this page helpful?” form "
        "store, who can read it, how long it is kept and how to have it deleted."
    ),
    "body": [
        text(SAMPLE_NOTE),
        text(
            "<h2>What an inquiry stores</h2>"
            "<p>When you send the “Ask a doctor” form, the site stores what you "
            "typed into it (on this site: your name, your email address, a phone "
            "number if you give one, the treatment and doctor you chose, and "
            "your question), your consent, the time you sent it and a reference "
            "such as K7QX-2M9D. It does not store your internet address with "
            "the inquiry.</p>"
            "<p>To stop floods of messages, the site counts how many forms come "
            "from one internet address and one email address within a time "
            "window (an hour unless the operators change it). The counters hold "
            "a scrambled (keyed hash) form of the address, never the address "
            "itself, and expire with the window.</p>"
            "<h2>The emails it sends</h2>"
            "<ul>"
            "<li>You get a confirmation email with your reference.</li>"
            "<li>The doctor or clinic team your inquiry goes to gets an email "
            "with the reference and a link to it in the site's admin. Unless "
            "the site's managers turn this on, the email does not quote your "
            "message.</li>"
            "<li>Email subjects carry only the reference, never what you "
            "wrote.</li>"
            "</ul>"
            "<h2>Who can read it</h2>"
            "<ul>"
            "<li>Members of the clinic's “Inquiry managers” team, and the "
            "site's administrators.</li>"
            "<li>The doctor you chose, if their account is linked to their "
            "profile: they can open your inquiry and no other.</li>"
            "</ul>"
            "<p>Editors and medical reviewers cannot read inquiries. Every time "
            "someone opens, exports or deletes an inquiry, the site records who "
            "did it and when.</p>"
            "<h2>How long it is kept</h2>"
        ),
        {"type": "inquiry_retention", "value": None},
        text(
            "<h2>Having your inquiries deleted</h2>"
            "<p>Write to the contact address at the foot of every page from the "
            "email address you used. An inquiry manager can delete every "
            "inquiry sent from that address; the deletion is recorded.</p>"
            "<h2>“Was this page helpful?”</h2>"
            "<p>The feedback form at the end of each article stores the page, "
            "your yes or no, your comment if you write one, and the time. It "
            "stores nothing about you. A comment that contains an email address "
            "or a phone number is refused, so that it does not hold contact "
            "details. As with inquiries, a counter with a scrambled form of "
            "your internet address limits how many answers one visitor can "
            "send in an hour.</p>"
            "<h2>Who is responsible (sample)</h2>"
            "<p>On this demonstration site the clinic network is fictional. A "
            "real publisher names here the organisation responsible for your "
            "data and how to contact it.</p>"
        ),
    ],
}

POLICY_PAGES = [EDITORIAL, ACCESSIBILITY, PRIVACY]
