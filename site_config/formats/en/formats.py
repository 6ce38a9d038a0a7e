# Django's English formats, with the time zone after every time (T: "JST").
DATETIME_FORMAT = "N j, Y, P T"
SHORT_DATETIME_FORMAT = "m/d/Y P T"
