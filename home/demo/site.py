"""The demo site's fixed parts: home page, sections, conditions, sample doctors.

The doctors are fictional sample data, marked as samples (`is_sample`) and in
their biographies; their email addresses use the reserved example.org domain.
The conditions' overview and "when to get help" say only what the verified
sources in /work/shared/references.md show (cited in the comment above each);
conditions those sources do not cover have none, and their pages give the
site's general advice. Support organisations are left for editors: none of
the verified sources is one.
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

CONDITION_INDEX = {
    "title": "Conditions",
    "slug": "conditions",
    "introduction": (
        "<p>What each condition is, when to get help, and the treatments we have "
        "written about, strongest evidence first.</p>"
    ),
}

DOCTOR_INDEX = {
    "title": "Our doctors",
    "slug": "doctors",
    "introduction": (
        "<p>The doctors who review our articles: their credentials, their role and "
        "the interests they have declared.</p>"
    ),
}

CRISIS_LINE = (
    "<p>If hair loss is affecting your mood badly, talk to your doctor. If you "
    "have thoughts of harming yourself, call or text <b>988</b> (U.S., any time) "
    "or call your local emergency number.</p>"
)

CONDITIONS = [
    {
        "name": "Androgenetic alopecia",
        "slug": "androgenetic-alopecia",
        "description": (
            "Inherited, hormone-sensitive thinning: male pattern hair loss at the "
            "temples and crown, or female pattern hair loss over the parting. The most "
            "common cause of hair loss."
        ),
        "lay_names": (
            "hair loss, balding, male pattern hair loss, female pattern hair loss, "
            "thinning hair"
        ),
        # DailyMed minoxidil 5% label (sudden or patchy loss; 2-4 months; stops
        # working when stopped); Rebora 2019 (overlap with telogen effluvium);
        # FDA 2025 on finasteride reports; SAMHSA 988.
        "overview": (
            "<p>Androgenetic alopecia is inherited hair thinning that is sensitive "
            "to hormones. In men it is called male pattern hair loss: the hairline "
            "moves back at the temples and hair thins on the crown. In women it is "
            "called female pattern hair loss: hair thins over the parting.</p>"
            "<p>It is long-term. Treatments take months to show an effect (the "
            "minoxidil label says 2 to 4 months), and the hair loss comes back when "
            "they are stopped.</p>"
        ),
        "when_to_get_help": (
            "<p>See a doctor before treating it yourself if:</p><ul>"
            "<li>your hair loss is sudden or comes out in patches: the minoxidil "
            "label says it is not for this kind of hair loss, which has other "
            "causes;</li>"
            "<li>heavy shedding started a few months after an illness, childbirth, "
            "surgery or severe stress: that may be telogen effluvium, which can "
            "happen together with pattern hair loss.</li></ul>"
            "<p>Reports to the FDA about finasteride used on the scalp include "
            "depression and thoughts of suicide. If you take finasteride and your "
            "mood changes, tell your doctor.</p>" + CRISIS_LINE
        ),
    },
    {
        "name": "Telogen effluvium",
        "slug": "telogen-effluvium",
        "description": (
            "Diffuse shedding that starts a few months after a trigger such as illness, "
            "childbirth, surgery or severe stress. It usually settles once the trigger passes."
        ),
        "lay_names": "hair shedding, stress-related hair loss",
        # Rebora 2019 (overlap with pattern hair loss, scalp soreness);
        # Ozlu & Karadag 2017 (usually settles; history, examination, tests).
        "overview": (
            "<p>Telogen effluvium is shedding all over the scalp: more hairs than "
            "usual fall out. It usually starts a few months after a trigger such as "
            "an illness, childbirth, surgery or severe stress, and it usually "
            "settles by itself.</p>"
            "<p>Some people also feel soreness of the scalp. It can happen together "
            "with pattern hair loss, which can make the two hard to tell apart.</p>"
        ),
        "when_to_get_help": (
            "<p>See your doctor if the shedding does not settle, if you cannot think "
            "of a trigger, or if your hair is thinning in a pattern or in patches. "
            "A doctor will ask about your health in the months before it started, "
            "look at your scalp and may suggest blood tests to find a cause.</p>"
            + CRISIS_LINE
        ),
    },
    {
        "name": "Alopecia areata",
        "slug": "alopecia-areata",
        "description": (
            "An autoimmune condition that causes round patches of hair loss, and "
            "sometimes loss of all scalp or body hair."
        ),
        "lay_names": "patchy hair loss, spot baldness",
        # British Association of Dermatologists 2012 (not treating is
        # legitimate; up to 80% regrow in limited patchy disease); Spano &
        # Donovan 2015 (steroid injections first for limited patches); FDA
        # approvals of baricitinib (2022) and ritlecitinib (2023) and the JAK
        # inhibitors' boxed warning; DailyMed minoxidil label; SAMHSA 988.
        "overview": (
            "<p>Alopecia areata is an autoimmune condition that causes round "
            "patches of hair loss, and sometimes loss of all scalp or body hair.</p>"
            "<p>When there are only a few patches, hair often grows back by itself "
            "(British guidelines say in up to 80 in 100 people), and choosing not "
            "to treat is reasonable. Steroid injections into the patches are a "
            "usual first treatment for limited patches. For severe alopecia "
            "areata, the FDA has approved tablets called JAK inhibitors: "
            "baricitinib for adults (2022) and ritlecitinib from age 12 (2023). "
            "They carry a boxed warning about serious infections, heart problems, "
            "cancer and blood clots.</p>"
        ),
        "when_to_get_help": (
            "<p>See a doctor if you notice patches of hair loss, so they can find "
            "the cause. Products for pattern hair loss are not meant for it: the "
            "minoxidil label says it is not for patchy hair loss.</p>"
            "<p>If you take a JAK inhibitor, ask your doctor which signs of "
            "infection, heart problems or blood clots mean you should get help at "
            "once.</p>" + CRISIS_LINE
        ),
    },
    {
        "name": "Skin ageing",
        "slug": "skin-ageing",
        "description": (
            "Wrinkles, loss of firmness and uneven tone that come with age and sun exposure."
        ),
        "lay_names": "wrinkles, ageing skin",
    },
    {
        "name": "Joint pain and osteoarthritis",
        "slug": "joint-pain",
        "description": (
            "Pain and stiffness from wear of the cartilage in joints such as the knee and hip."
        ),
        "lay_names": "osteoarthritis, arthritis, knee pain",
    },
]

# What every sample doctor shares: the flag readers see, and no invented interests.
SAMPLE = {
    "is_sample": True,
    "declared_interests": "None: a fictional sample profile has nothing to declare.",
}

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
        "role": "Dermatologist, medical reviewer",
        **SAMPLE,
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
        "role": "Hair restoration surgeon, medical reviewer",
        **SAMPLE,
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
        "role": "Musculoskeletal physician, medical reviewer",
        **SAMPLE,
    },
}

# Slugs of the treatments shown on the home page, in order.
HOME_FEATURED = [
    "exosomes-for-hair-restoration",
    "minoxidil",
    "finasteride",
    "platelet-rich-plasma",
]
