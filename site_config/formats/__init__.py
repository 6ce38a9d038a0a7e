"""Per-language date formats that differ from Django's: times carry their time zone
("2 p.m. JST"), because the admin shows go-live and expiry times in the site's zone."""
