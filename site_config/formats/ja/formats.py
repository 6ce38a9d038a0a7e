# Django's Japanese formats, with the time zone after every time (T: "JST").
DATETIME_FORMAT = "Y年n月j日G:i T"
SHORT_DATETIME_FORMAT = "Y/m/d G:i T"
