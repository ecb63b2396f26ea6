"""The demo site's fixed parts: home page, index, conditions, sample doctors.

The doctors are fictional sample data and say so in their biographies; their
email addresses use the reserved example.org domain.
"""

HOME = {
    "title": "Home",
    "slug": "home",
    "hero_heading": "Hair-loss treatments, explained with care",
    "hero_text": (
        "Clear, referenced articles on what each treatment is, what the evidence "
        "shows and what it does not, reviewed by doctors."
    ),
    "introduction": (
        "<p>Every article names its medical reviewer, the date of the last review, "
        "how strong the evidence is and whether the treatment is approved for the "
        "use described. We do not sell treatments and we never promise a cure.</p>"
    ),
    "call_to_action_text": (
        "Not sure which option suits you? Send a question to one of the network's doctors."
    ),
}

TREATMENT_INDEX = {
    "title": "Treatments",
    "slug": "treatments",
    "introduction": (
        "<p>Browse treatments by the condition they are used for. Each card shows how "
        "strong the evidence is and the treatment's regulatory status.</p>"
    ),
}

CONDITIONS = [
    {
        "name": "Androgenetic alopecia",
        "slug": "androgenetic-alopecia",
        "description": (
            "Inherited, hormone-sensitive thinning: male pattern hair loss at the "
            "temples and crown, or female pattern hair loss over the parting. The most "
            "common cause of hair loss."
        ),
    },
    {
        "name": "Telogen effluvium",
        "slug": "telogen-effluvium",
        "description": (
            "Diffuse shedding that starts a few months after a trigger such as illness, "
            "childbirth, surgery or severe stress. It usually settles once the trigger passes."
        ),
    },
    {
        "name": "Alopecia areata",
        "slug": "alopecia-areata",
        "description": (
            "An autoimmune condition that causes round patches of hair loss, and "
            "sometimes loss of all scalp or body hair."
        ),
    },
    {
        "name": "Skin ageing",
        "slug": "skin-ageing",
        "description": (
            "Wrinkles, loss of firmness and uneven tone that come with age and sun exposure."
        ),
    },
    {
        "name": "Joint pain and osteoarthritis",
        "slug": "joint-pain",
        "description": (
            "Pain and stiffness from wear of the cartilage in joints such as the knee and hip."
        ),
    },
]

DOCTORS = {
    "rivera": {
        "name": "Dr Alex Rivera (sample)",
        "credentials": "MD",
        "specialties": "Dermatology, Hair and scalp disorders",
        "short_bio": (
            "Fictional sample doctor for this demonstration site. Not a real person: "
            "replace with your clinic's reviewers before going live."
        ),
        "email": "alex.rivera@example.org",
    },
    "okafor": {
        "name": "Dr Sam Okafor (sample)",
        "credentials": "MBBS",
        "specialties": "Hair restoration surgery, Dermatology",
        "short_bio": (
            "Fictional sample doctor for this demonstration site. Not a real person: "
            "replace with your clinic's reviewers before going live."
        ),
        "email": "sam.okafor@example.org",
    },
    "lindqvist": {
        "name": "Dr Maja Lindqvist (sample)",
        "credentials": "MD",
        "specialties": "Musculoskeletal medicine, Regenerative medicine safety",
        "short_bio": (
            "Fictional sample doctor for this demonstration site. Not a real person: "
            "replace with your clinic's reviewers before going live."
        ),
        "email": "maja.lindqvist@example.org",
    },
}

# Slugs of the treatments shown on the home page, in order.
HOME_FEATURED = [
    "exosomes-for-hair-restoration",
    "minoxidil",
    "finasteride",
    "platelet-rich-plasma",
]
