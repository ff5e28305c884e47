"""Pattern tables for the promotion guards: calls to action, sales and vendor self-promotion.

The tables describe *kinds* of language, not particular articles:

* :data:`CALL_TO_ACTION` (matched on folded, lower-case text): imperatives that send the
  reader somewhere ("click here", "learn more", "shop now", "subscribe", "contact us",
  "explore/browse/see ... page|guide|library|catalog"), pointers to the publisher's own site
  content ("our Science page", "companion articles", "product specifications") and site tools
  ("peptide calculator", "add to cart", "bulk pricing").
* :data:`PROMOTION` (folded, lower-case): sales language, quality marketing ("99% purity",
  "third-party tested", "research-grade", "verified COA"), a publisher or vendor describing its
  own business ("we ship", "our products", "trusted supplier", "through licensed physicians"),
  and "for research use only" disclaimers.
* :data:`VENDOR` (folded, case kept): a product supplied or sold by a named company
  ("from Solira Peptides", "supplied by PepMax", "available at Acme").

:mod:`summarizer.guards` turns matches into reasons (:func:`summarizer.guards.promotion_in`).
"""

from __future__ import annotations

import re

__all__ = ["CALL_TO_ACTION", "PROMOTION", "VENDOR"]

# A clause start: the start of the text, after sentence or list punctuation, or after a dash.
_START = r"(?:^\s*|(?<=[.!?;:|·•>»(\]])\s*|(?<=\s-)\s|(?<=,)\s)"
# Nouns that name a place on a publisher's site (not an object of research).
_SITE = (
    r"(?:pages?|guides?|library|libraries|catalog(?:ue)?s?|calculators?|store|shop|collections?"
    r"|hub|newsletters?|blog|website|site|product (?:pages?|specifications?|listings?)"
    r"|specifications|categor(?:y|ies)|webinars?|podcasts?|courses?|faqs?|section"
    r"|tool(?:kit)?s?)"
)
_NAV_VERBS = (
    r"(?:explore|browse|visit|see|check out|view|read|discover|access|head (?:over )?to|go to"
    r"|navigate to|refer to|start with|download|bookmark)"
)

CALL_TO_ACTION = re.compile(
    # imperatives that are calls to action wherever they appear
    r"\b(?:click|tap) (?:here|below|the (?:link|button)|this link|through)\b"
    rf"|{_START}(?:learn|read|find out|discover|see) more\b"
    r"|\b(?:learn|read|find out|see) more (?:here|below|at|in our|on our|about (?:this|our))\b"
    r"|\bshop (?:now|today|online|the|our|all)\b|\border (?:now|today|online)\b"
    r"|\bsign(?:ing)? up\b|\bsubscribe\b|\bsubscribing (?:to|for)\b"
    r"|\bjoin (?:our|us|now|today|the (?:community|list|club|waitlist|newsletter))\b"
    r"|\bcontact us\b|\bget in touch\b|\breach out to (?:us|our)\b"
    r"|\b(?:call|email|e-mail|message|text|dm) us\b|\bfollow us\b|\blike us on\b"
    r"|\b(?:talk|speak) (?:to|with) (?:our|one of our|a member of our)\b"
    # imperatives that send the reader to someone or somewhere, and "right for you"
    rf"|{_START}(?:please )?(?:talk|speak|consult|check) (?:to |with )?(?:your|a|an|our|one of)\b"
    rf"|{_START}(?:please )?(?:ask|contact|call|visit|book|schedule|order|buy|try|start|get) "
    r"(?:[\w'-]+ ){0,4}?(?:today|now|online)\b"
    r"|\b(?:is|are|it's) (?:right|suitable|a (?:good )?fit) for you\b"
    r"|\b(?:book|schedule|request) (?:a|an|your) (?:free )?(?:consult(?:ation)?|call"
    r"|appointment|quote|sample|visit|assessment|evaluation)\b"
    r"|\badd(?:ed)? to (?:your )?(?:cart|basket|bag)\b|\b(?:at|during) checkout\b"
    r"|\b(?:bulk|wholesale|volume|institutional) (?:pricing|prices|orders?|discounts?|inquiries"
    r"|quotes?|rates?)\b"
    r"|\b(?:view|see|check|get|compare) (?:the |our |current )?pric(?:e|es|ing)\b"
    r"|\b(?:peptide|dosage|dose|dosing|reconstitution|bac water|mixing) calculators?\b"
    r"|\bfree (?:guide|e-?book|download|consultation|shipping guide|sample|trial offer)\b"
    r"|\bdownload (?:our|the|your|a) (?:free )?(?:\w+ )?(?:guide|e-?book|pdf|report|app"
    r"|checklist|whitepaper)\b"
    r"|\b(?:don't|do not) miss\b|\bstay (?:tuned|updated|informed)\b"
    r"|\bshare this (?:article|post|page|guide)\b"
    r"|\b(?:get|claim|grab|unlock) (?:your|instant|exclusive|early) (?:\w+ )?(?:access|copy"
    r"|discount|offer|guide|code)\b"
    # an imperative navigation verb at a clause start, with a site place within six words
    rf"|{_START}(?:please )?{_NAV_VERBS} (?:[\w,'&-]+ ){{0,6}}?{_SITE}\b"
    rf"|{_START}browse (?:our|the|all|every|through)\b"
    # pointers to the publisher's own site content
    rf"|\bour (?:[\w'&-]+ ){{0,3}}?{_SITE}\b"
    r"|\b(?:on|at|visit) our (?:web)?site\b"
    r"|\bcompanion (?:[\w-]+ ){0,2}?(?:articles?|guides?|posts?|pieces?|reads?)\b"
    r"|\b(?:research|resource|learning|knowledge) (?:library|hub)\b"
    r"|\b(?:view|review) (?:the )?(?:[\w-]+ ){0,3}?product (?:specifications?|pages?|details)\b"
    r"|\bthis (?:article|post|page|guide) is part of (?:our|a) (?:[\w-]+ ){0,3}?(?:collections?"
    r"|series|library)\b"
    rf"|{_START}for (?:more|further|detailed|additional|full|a (?:full|broader|deeper|complete)"
    r"|the full)\b[^.:]{0,80}?(?::|,? (?:see|visit|read|check out|explore)\b)"
)

PROMOTION = re.compile(
    # sales language
    r"\bbuy(?:ing)?\b|\bpurchas(?:e|ing)\b|\border (?:yours|here|from|through)\b"
    r"|\bshop online\b|\b(?:discount|coupon|promo|voucher)(?: codes?)?s?\b"
    r"|\buse code\b|\b\d+ ?% off\b|\bfree shipping\b|\b(?:in|out of) stock\b"
    r"|\b(?:money-back|satisfaction) guarantee\b|\blimited[- ]time offer\b|\bbest prices?\b"
    r"|\b(?:fast|same-day|next-day|worldwide|discreet|express) (?:shipping|delivery)\b"
    r"|\bships? (?:within|in|today|same day|worldwide)\b"
    # quality marketing
    r"|\bhigh[- ]purity\b|\b(?:premium|pharmaceutical|pharma|research|lab(?:oratory)?|medical"
    r"|clinical|usp|gmp|injectable)[- ]grade\b"
    r"|\b(?:>=|≥)? ?9\d(?:\.\d+)? ?%\+? pur(?:e|ity)\b"
    r"|\b(?:third[- ]party|lab|hplc|batch|ms)[- ](?:lab[- ])?(?:tested|verified"
    r"|certified|validated)\b"
    r"|\b(?:certificates? of analysis|coa)s? (?:on|with|for) (?:every|each|all)\b"
    r"|\bbatch-specific coa\b|\b[\w-]+-verified coa\b|\bcoa documentation\b"
    r"|\b(?:gmp|iso|cgmp)[- ](?:certified|compliant)\b|\bmade in (?:the )?usa\b"
    r"|\b(?:sold|available|offered|stocked) (?:at|from|through|in|on|via) (?:our|this)\b"
    # a publisher or vendor describing its own business
    r"|\bour (?:[\w'&-]+ ){0,2}?(?:products?|peptides?|compounds?|catalog(?:ue)?|store|shop"
    r"|website|brand|formulations?|labs?|laboratory|team|customers?|clients?|patients?"
    r"|members?|physicians?|clinicians?|providers?|doctors?|pharmacists?|partners?|services?"
    r"|vials?|kits?|supply|suppliers?|inventory|quality|standards?|testing|purity|protocols?"
    r"|programs?|clinic|articles?|methods?|experts?|chemists?|scientists?|facility)\b"
    r"|\bwe (?:(?:also|only|proudly|carefully|rigorously|independently) )?(?:offer|sell|supply"
    r"|ship|stock|carry|manufacture|synthesi[sz]e|formulate|distribute|source|deliver"
    r"|guarantee|verify|document|ensure|pride|strive|partner)\b"
    r"|\bwe(?: are|'re) (?:proud|committed|dedicated|trusted)\b"
    r"|\bwe (?:third-party |independently )?test (?:every|each|all|our)\b"
    r"|\b(?:trusted|reputable|reliable|leading|premier|top-rated|official|authori[sz]ed)"
    r" (?:[\w-]+ )?(?:suppliers?|vendors?|sellers?|retailers?|distributors?"
    r"|manufacturers?|brands?)\b"
    r"|\bbest (?:peptide |research )?(?:suppliers?|vendors?|sellers?|retailers?|brands?)\b"
    r"|\b(?:through|via) (?:our |its |a network of )?(?:licensed|board[- ]certified|partner"
    r"|affiliated|in-network) (?:[\w-]+ )?(?:physicians?|providers?|clinicians?|doctors?"
    r"|prescribers?|pharmacies|pharmacists?)\b"
    r"|\b(?:coordinates|facilitates|arranges) (?:any |all |every |your )?(?:[\w-]+ )?"
    r"(?:consideration|consultations?|prescriptions?|care|access|orders?)\b"
    r"|\b(?:telehealth|telemedicine) (?:consult(?:ation)?s?|visits?|platform|services?)\b"
    r"|\bin-house\b|\b[\w-]+\.(?:com|shop|store|net|io)\b|\bwww\.[\w.-]+"
    # "for research use only" disclaimers
    r"|\b(?:(?:laboratory|lab|scientific|in vitro) )?research (?:use|purposes) only\b"
    r"|\bfor (?:laboratory|lab|in vitro) use only\b|\bnot for human (?:consumption|use)\b"
    r"|\bruo\b"
)

_COMPANY = (
    r"(?:Peptides|Peptide|BioLabs|Biolabs|Labs|Lab|Pharma|Pharmaceuticals|Supplements|Nutrition"
    r"|Nootropics|Wellness|Chem|Chemicals|Compounds|Supply)"
)
_NAME = r"[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,2}"
VENDOR = re.compile(
    rf"\b(?:from|at|via|through|by|with|trust|recommend)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+"
    rf"{_COMPANY}\b"
    # "supplied by PepMax", "available at Acme": a capitalised name ending the clause
    rf"|\b(?i:available|sold|supplied|offered|stocked|distributed|sourced|shipped|carried)"
    rf"(?:\s(?i:exclusively|only|now|directly))?\s(?i:at|from|through|via|by)\s{_NAME}"
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:under|and|with|for|in|on|as|which|who|'s)\b))"
)
