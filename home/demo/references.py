"""Verified references shared by the demo articles.

Each entry was checked against ../shared/references.md; the comment above it
says what the source shows, and articles cite it for that and nothing more.
DOI and PMID appear only where that list confirmed them; never fill in a guess.
"""

# Lives outside home/demo/articles/ because the builder imports every module
# there and expects an ARTICLE from each.

# Serious adverse events after unapproved "exosome" products in Nebraska; no
# exosome product is approved; exosomes meant to treat disease need premarket
# review as drugs/biologics.
FDA_EXOSOME_NOTIFICATION_2019 = {
    "authors": "U.S. Food and Drug Administration (CBER)",
    "title": "Public Safety Notification on Exosome Products",
    "publisher": "U.S. Food and Drug Administration",
    "year": 2019,
    "doi": "",
    "pmid": "",
    "url": (
        "https://www.fda.gov/vaccines-blood-biologics/safety-availability-biologics/"
        "public-safety-notification-exosome-products"
    ),
}

# The same warning for patients and clinicians; advises asking for an FDA IND
# number before treatment.
FDA_MEDWATCH_ALERT_2019 = {
    "authors": "U.S. Food and Drug Administration",
    "title": (
        "Public Safety Alert Due to Marketing of Unapproved Stem Cell and "
        "Exosome Products"
    ),
    "publisher": "FDA MedWatch",
    "year": 2019,
    "doi": "",
    "pmid": "",
    "url": (
        "https://www.fda.gov/safety/medical-product-safety-information/"
        "public-safety-alert-due-marketing-unapproved-stem-cell-and-exosome-products"
    ),
}

# Exosome products meant to treat disease need approval and none is approved;
# only cord-blood haematopoietic progenitor cell products are approved; report
# harm to MedWatch.
FDA_CONSUMER_ALERT_2020 = {
    "authors": "U.S. Food and Drug Administration",
    "title": (
        "Consumer Alert on Regenerative Medicine Products Including Stem Cells "
        "and Exosomes"
    ),
    "publisher": "U.S. Food and Drug Administration",
    "year": 2020,
    "doi": "",
    "pmid": "",
    "url": (
        "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/"
        "consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes"
    ),
}

# 16 studies: 15 preclinical, 1 clinical (topical exosomes from adipose-derived
# cells, 39 people with androgenetic alopecia); evidence is early.
GUPTA_2023 = {
    "authors": "Gupta AK, Wang T, Rapaport JA",
    "title": (
        "Systematic review of exosome treatment in hair restoration: preliminary "
        "evidence, safety, and future directions"
    ),
    "publisher": "J Cosmet Dermatol",
    "year": 2023,
    "doi": "10.1111/jocd.15869",
    "pmid": "",
    "url": "",
}

# Narrative review: hair-growth effects come mainly from cell and animal work.
CHENG_2024 = {
    "authors": "Cheng M, Ma C, Chen HD, Wu Y, Xu XG",
    "title": "The Roles of Exosomes in Regulating Hair Follicle Growth",
    "publisher": "Clin Cosmet Investig Dermatol",
    "year": 2024,
    "doi": "10.2147/CCID.S465963",
    "pmid": "",
    "url": (
        "https://dovepress.com/the-roles-of-exosomes-in-regulating-hair-follicle-"
        "growth-peer-reviewed-fulltext-article-CCID"
    ),
}

# Placebo-controlled trials: minoxidil (men and women), finasteride 1 mg (men)
# and low-level laser (men) beat placebo on hair growth.
ADIL_GODWIN_2017 = {
    "authors": "Adil A, Godwin M",
    "title": (
        "The effectiveness of treatments for androgenetic alopecia: "
        "A systematic review and meta-analysis"
    ),
    "publisher": "J Am Acad Dermatol",
    "year": 2017,
    "doi": "",
    "pmid": "28396101",
    "url": "",
}

# 48 weeks, 393 men: 5% beat 2% and placebo; more itching and irritation at 5%.
OLSEN_2002 = {
    "authors": "Olsen EA, Dunlap FE, Funicella T, et al.",
    "title": (
        "A randomized clinical trial of 5% topical minoxidil versus 2% topical "
        "minoxidil and placebo in the treatment of androgenetic alopecia in men"
    ),
    "publisher": "J Am Acad Dermatol",
    "year": 2002,
    "doi": "",
    "pmid": "",
    "url": "https://www.jaad.org/article/S0190-9622(02)00124-X/pdf",
}

# OTC label: men, vertex; not for sudden or patchy loss; 2-4 months to show;
# loss returns when use stops; when to stop and ask a doctor.
DAILYMED_MINOXIDIL_5 = {
    "authors": "U.S. National Library of Medicine, DailyMed",
    "title": (
        "Minoxidil Extra Strength for Men (minoxidil topical solution 5%) "
        "Drug Facts label"
    ),
    "publisher": "DailyMed",
    "year": 2024,
    "doi": "",
    "pmid": "",
    "url": (
        "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?"
        "setid=9658269e-9455-42a5-927c-8a4c175e997b"
    ),
}

# 12 RCTs, 3,927 men: more improved than on placebo; higher risk of erectile
# dysfunction; moderate-quality, mostly industry-funded evidence.
MELLA_2010 = {
    "authors": "Mella JM, Perret MC, Manzotti M, Catalano HN, Guyatt G",
    "title": (
        "Efficacy and safety of finasteride therapy for androgenetic alopecia: "
        "a systematic review"
    ),
    "publisher": "Arch Dermatol",
    "year": 2010,
    "doi": "",
    "pmid": "",
    "url": "",
}

# 1-year placebo-controlled trial plus open extension: frontal hair counts rose.
LEYDEN_1999 = {
    "authors": "Leyden J, Dunlap F, Miller B, et al.",
    "title": "Finasteride in the treatment of men with frontal male pattern hair loss",
    "publisher": "J Am Acad Dermatol",
    "year": 1999,
    "doi": "",
    "pmid": "",
    "url": (
        "https://experts.umn.edu/en/publications/"
        "finasteride-in-the-treatment-of-men-with-frontal-male-pattern-hai"
    ),
}

# 424 men aged 41-60 over 24 months: better vertex growth than placebo.
WHITING_2003 = {
    "authors": "Whiting DA, Olsen EA, Savin R, et al.",
    "title": (
        "Efficacy and tolerability of finasteride 1 mg in men aged 41 to 60 years "
        "with male pattern hair loss"
    ),
    "publisher": "Eur J Dermatol",
    "year": 2003,
    "doi": "",
    "pmid": "12695131",
    "url": "https://scholars.duke.edu/display/pub791399",
}

# 42 studies (16 RCTs) in women: higher density than controls; protocols vary.
ZHOU_2021 = {
    "authors": "Zhou S, Qi F, Gong Y, et al.",
    "title": (
        "Platelet-Rich Plasma in Female Androgenic Alopecia: A Comprehensive "
        "Systematic Review and Meta-Analysis"
    ),
    "publisher": "Front Pharmacol",
    "year": 2021,
    "doi": "10.3389/fphar.2021.642980",
    "pmid": "34140889",
    "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC8204330",
}

# 15 trials; density rose, but mostly before/after change, not against placebo.
GEORGESCU_2022 = {
    "authors": "Georgescu SR, Amuzescu A, Mitran CI, et al.",
    "title": (
        "Effectiveness of Platelet-Rich Plasma Therapy in Androgenic Alopecia"
        "\u2014A Meta-Analysis"
    ),
    "publisher": "J Pers Med",
    "year": 2022,
    "doi": "10.3390/jpm12030342",
    "pmid": "",
    "url": "",
}

# 30 men (20 PRP, 10 saline): no improvement. Small pilot, negative result.
GRESSENBERGER_2020 = {
    "authors": "Gressenberger P, Pregartner G, Gary T, Wolf P, Kopera D",
    "title": (
        "Platelet-rich Plasma for Androgenetic Alopecia Treatment: A Randomized "
        "Placebo-controlled Pilot Study"
    ),
    "publisher": "Acta Derm Venereol",
    "year": 2020,
    "doi": "10.2340/00015555-3609",
    "pmid": "",
    "url": "https://medicaljournalssweden.se/actadv/article/view/1755",
}

# Clinical overview: candidacy, strip (FUT) and FUE harvesting, complications.
ZITO_STATPEARLS = {
    "authors": "Zito PM, et al.",
    "title": "Hair Transplantation",
    "publisher": "StatPearls (NCBI Bookshelf)",
    "year": 2023,
    "doi": "",
    "pmid": "",
    "url": "https://ncbi.nlm.nih.gov/books/NBK547740",
}

# Technique review of FUT vs FUE (linear scar vs individual-unit harvest), risks.
SHARMA_RANJAN_2019 = {
    "authors": "Sharma R, Ranjan A",
    "title": "Follicular Unit Extraction (FUE) Hair Transplant: Curves Ahead",
    "publisher": "J Maxillofac Oral Surg",
    "year": 2019,
    "doi": "10.1007/s12663-019-01245-6",
    "pmid": "",
    "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC6795649/",
}

# Step-by-step FUE review with patient selection and counselling.
RAZMI_2022 = {
    "authors": "Razmi TM, et al.",
    "title": "Hair transplantation: A brief review",
    "publisher": "Clin Dermatol Rev",
    "year": 2022,
    "doi": "10.4103/cdr.cdr_76_21",
    "pmid": "",
    "url": (
        "https://www.cdriadvlkn.org/article.asp?issn=2542-551X;year=2022;volume=6;"
        "issue=2;spage=80;epage=87;aulast=Razmi"
    ),
}

# 7 double-blind sham-controlled RCTs of home-use devices: density rose vs sham.
LUEANGARUN_2021 = {
    "authors": (
        "Lueangarun S, Visutjindaporn P, Parcharoen Y, Jamparuang P, Tempark T"
    ),
    "title": (
        "A Systematic Review and Meta-analysis of Randomized Controlled Trials of "
        "United States Food and Drug Administration-Approved, Home-use, Low-Level "
        "Light/Laser Therapy Devices for Pattern Hair Loss: Device Design and "
        "Technology"
    ),
    "publisher": "J Clin Aesthet Dermatol",
    "year": 2021,
    "doi": "",
    "pmid": "34980962",
    "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC8675345",
}

# 9 RCTs: +18.6 hairs/cm2 vs sham; authors ask for larger trials.
MENG_2020 = {
    "authors": "Meng X, Xie F, Wang W, et al.",
    "title": (
        "Effects of photobiomodulation therapy for androgenic alopecia: "
        "A meta-analysis of randomized controlled trials"
    ),
    "publisher": "J Laser Appl",
    "year": 2020,
    "doi": "10.2351/1.5131551",
    "pmid": "",
    "url": "",
}

# 100 men, 12 weeks: microneedling plus 5% minoxidil beat minoxidil alone.
DHURAT_2013 = {
    "authors": "Dhurat R, Sukesh MS, Avhad G, Dandale A, Pal A, Pund P",
    "title": (
        "A Randomized Evaluator Blinded Study of Effect of Microneedling in "
        "Androgenetic Alopecia: A Pilot Study"
    ),
    "publisher": "Int J Trichology",
    "year": 2013,
    "doi": "10.4103/0974-7753.114700",
    "pmid": "23960389",
    "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC3746236/",
}

# 68 men, same design as Dhurat; small single-centre trial.
KUMAR_2019 = {
    "authors": "Kumar MK, Inamadar AC, Palit A",
    "title": (
        "A Randomized Controlled, Single-Observer Blinded Study to Determine the "
        "Efficacy of Topical Minoxidil plus Microneedling versus Topical Minoxidil "
        "Alone in the Treatment of Androgenetic Alopecia"
    ),
    "publisher": "J Cutan Aesthet Surg",
    "year": 2019,
    "doi": "10.4103/JCAS.JCAS_130_17",
    "pmid": "",
    "url": "",
}

# 30 men, split scalp: both sides improved; no significant extra from PRP.
AGGARWAL_2020 = {
    "authors": "Aggarwal K, Gupta S, Jangra RS, et al.",
    "title": (
        "Dermoscopic Assessment of Microneedling Alone versus Microneedling with "
        "Platelet-Rich Plasma in Cases of Male Pattern Alopecia: A Split-Head "
        "Comparative Study"
    ),
    "publisher": "Int J Trichology",
    "year": 2020,
    "doi": "10.4103/ijt.ijt_64_20",
    "pmid": "33376284",
    "url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC7759059",
}

# Adults with >=50% scalp loss: SALT <=20 at week 36 in 38.8%/35.9% on 4 mg vs
# 6.2%/3.3% on placebo; acne, raised CK and lipids more common on the drug.
KING_2022 = {
    "authors": "King B, Ohyama M, Kwon O, et al., for the BRAVE-AA Investigators",
    "title": "Two Phase 3 Trials of Baricitinib for Alopecia Areata",
    "publisher": "N Engl J Med",
    "year": 2022,
    "doi": "10.1056/NEJMoa2110343",
    "pmid": "",
    "url": "",
}
