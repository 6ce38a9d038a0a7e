"""Site search over what the public may see: announcements, FAQs and license clauses,
in each language, matched as substrings of NFKC-normalised, case-folded text (Japanese
is written without spaces, so words cannot be split on them)."""
