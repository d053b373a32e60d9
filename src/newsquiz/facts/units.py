"""Units of measure a number may be given in, with what one of each is worth in the SI unit
of its dimension: `500 feet` is not `500 metres`, and `3 miles` is `4.8 km`.

Units of time are the duration reader's (`facts.words.TIME_UNITS`); money is read apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import OSA

from newsquiz.facts.words import FILLERS, NUMBER_WORDS, TIME_UNITS


@dataclass(frozen=True, slots=True)
class Unit:
    name: str
    dimension: str
    size: float  # in the SI unit of its dimension
    # Where the scale starts, in that unit: a temperature's 0 °F is -17.8 °C.
    offset: float = 0.0


# Shares given in points of a percentage: a change of 1.5 points is no change of 1.5%.
POINTS_OF_A_PERCENTAGE = frozenset({"percentage point", "basis point"})


def convert(value: float, source: Unit, target: Unit) -> float:
    """`value` in `source` units, written in `target` units (same dimension)."""
    return (value * source.size + source.offset - target.offset) / target.size


# Scales that do not start at zero, in degrees Celsius.
_OFFSETS = {"degree fahrenheit": -32 * 5 / 9, "kelvin": -273.15}


def _table() -> dict[tuple[str, ...], Unit]:
    rows = {
        "length": {
            "nanometre": (1e-9, "nanometres nanometer nanometers"),
            "micrometre": (1e-6, "micrometres micrometer micrometers microns micron μm"),
            "millimetre": (0.001, "mm millimetres millimeter millimeters"),
            "centimetre": (0.01, "cm centimetres centimeter centimeters"),
            "metre": (1.0, "metres meter meters mtr m"),
            "kilometre": (1000.0, "km kms kilometres kilometer kilometers klicks"),
            "inch": (0.0254, "inches"),
            "foot": (0.3048, "feet ft"),
            "yard": (0.9144, "yards yd yds"),
            "mile": (1609.344, "miles mi"),
            "nautical mile": (1852.0, "nautical miles nm nmi"),
            "light year": (9.4607304725808e15, "light years"),
        },
        "area": {
            "square metre": (1.0, "square metres square meter square meters sq m m 2"),
            "square kilometre": (
                1e6,
                "square kilometres square kilometer square kilometers sq km km 2 sqkm",
            ),
            "square mile": (2589988.11, "square miles sq mi sq miles mi 2"),
            "square foot": (0.09290304, "square feet sq ft ft 2"),
            "square yard": (0.83612736, "square yards sq yd yd 2"),
            "square inch": (0.00064516, "square inches sq in in 2"),
            "square centimetre": (
                1e-4,
                "square centimetres square centimeter square centimeters sq cm cm 2",
            ),
            "square millimetre": (
                1e-6,
                "square millimetres square millimeter square millimeters sq mm mm 2",
            ),
            "hectare": (1e4, "hectares ha"),
            "acre": (4046.8564224, "acres"),
        },
        "volume": {
            "millilitre": (0.001, "millilitres milliliter milliliters ml"),
            "centilitre": (0.01, "centilitres centiliter centiliters cl"),
            "litre": (1.0, "litres liter liters l"),
            "hectolitre": (100.0, "hectolitres hectoliter hectoliters hl"),
            "kilolitre": (1e3, "kilolitres kiloliter kiloliters kl"),
            # `ML` folds to the millilitre's `ml`: megalitres only by name
            "megalitre": (1e6, "megalitres megaliter megaliters"),
            "gigalitre": (1e9, "gigalitres gigaliter gigaliters"),
            "cubic metre": (1000.0, "cubic metres cubic meter cubic meters m 3"),
            "cubic foot": (28.316846592, "cubic feet ft 3 cu ft"),
            "cubic yard": (764.554857984, "cubic yards yd 3 cu yd"),
            "cubic inch": (0.016387064, "cubic inches in 3 cu in"),
            "cubic centimetre": (
                0.001,
                "cubic centimetres cubic centimeter cubic centimeters cm 3 cc",
            ),
            "cubic millimetre": (1e-6, "cubic millimetres cubic millimeter cubic millimeters mm 3"),
            "cubic kilometre": (1e12, "cubic kilometres cubic kilometer cubic kilometers km 3"),
            "cubic mile": (4.168181825440579e12, "cubic miles mi 3"),
            "acre foot": (1233481.83754752, "acre feet acre ft"),
            # US measures, as the gallon above.
            "pint": (0.473176473, "pints"),
            "quart": (0.946352946, "quarts"),
            "fluid ounce": (0.0295735295625, "fluid ounces fl oz"),
            "gallon": (3.785411784, "gallons gal us gallon us gallons"),
            "barrel": (158.987294928, "barrels bbl"),
        },
        "mass": {
            "picogram": (1e-15, "picograms pg"),
            "nanogram": (1e-12, "nanograms ng"),
            "microgram": (1e-9, "micrograms mcg μg ug"),
            "milligram": (1e-6, "milligrams mg"),
            "gram": (0.001, "grams gramme grammes g"),
            "kilogram": (1.0, "kilograms kilogramme kilogrammes kg kgs kilo kilos"),
            "tonne": (1000.0, "tonnes metric ton metric tons t"),
            "kilotonne": (1e6, "kilotonnes kiloton kilotons"),
            "megatonne": (1e9, "megatonnes megaton megatons"),
            "gigatonne": (1e12, "gigatonnes gigaton gigatons"),
            "long ton": (1016.0469088, "long tons"),
            "carat": (0.0002, "carats ct"),
            "ton": (907.18474, "tons short ton short tons"),
            "ounce": (0.028349523125, "ounces oz"),
            "lb": (0.45359237, "lbs"),
            "stone": (6.35029318, "stones"),
        },
        "speed": {
            "kilometre per hour": (
                1 / 3.6,
                "kilometres per hour kilometers per hour kilometres an hour kilometers an hour "
                "kilometre an hour kilometer an hour km an hour kmh kph kmph km / h km / hr",
            ),
            "mile per hour": (0.44704, "miles per hour miles an hour mile an hour mph mi / h"),
            "knot": (0.514444, "knots kn kt kts"),
            "metre per second": (
                1.0,
                "metres per second meters per second metres a second meters a second m / s mps",
            ),
            "foot per second": (0.3048, "feet per second feet a second"),
        },
        "ratio": {
            "percent": (0.01, "per cent pct pc percentage"),
            "percentage point": (
                0.01,
                "percentage points percent points per cent points percentage pts pp ppt pts pt",
            ),
            # `bps` after a figure in a news report is a rate's basis points far more often
            # than bits a second (which are written `kbps`, `Mbps`).
            "basis point": (0.0001, "basis points bps bp"),
            "part per million": (1e-6, "parts per million ppm"),
            "part per billion": (1e-9, "parts per billion ppb"),
        },
        "temperature": {
            "degree celsius": (
                1.0,
                "degrees celsius degree centigrade degrees centigrade degrees c celsius centigrade c",
            ),
            "degree fahrenheit": (5 / 9, "degrees fahrenheit degrees f fahrenheit f"),
            "kelvin": (1.0, "kelvins"),
        },
        # Energy and power apart: `3,850 MW` is not 3,850 GWh.
        "energy": {
            "watt hour": (3600.0, "watt hours wh"),
            "kilowatt hour": (3.6e6, "kilowatt hours kwh"),
            "megawatt hour": (3.6e9, "megawatt hours mwh"),
            "gigawatt hour": (3.6e12, "gigawatt hours gwh"),
            "terawatt hour": (3.6e15, "terawatt hours twh"),
            "joule": (1.0, "joules"),
            "kilojoule": (1e3, "kilojoules kj"),
            "megajoule": (1e6, "megajoules mj"),
            "gigajoule": (1e9, "gigajoules gj"),
            "calorie": (4.184, "calories"),
            "kilocalorie": (4184.0, "kilocalories kcal"),
            "british thermal unit": (1055.05585262, "british thermal units btu btus"),
        },
        "power": {
            "watt": (1.0, "watts"),
            "kilowatt": (1e3, "kilowatts kw"),
            "megawatt": (1e6, "megawatts mw"),
            "gigawatt": (1e9, "gigawatts gw"),
            "terawatt": (1e12, "terawatts"),
            "horsepower": (745.69987158227, "hp bhp"),
        },
        "pressure": {
            "pascal": (1.0, "pascals"),
            "hectopascal": (100.0, "hectopascals hpa"),
            "kilopascal": (1e3, "kilopascals kpa"),
            "megapascal": (1e6, "megapascals mpa"),
            "millibar": (100.0, "millibars mbar"),
            "pound per square inch": (6894.757293168, "pounds per square inch psi"),
            "atmosphere": (101325.0, "atmospheres"),
        },
        "radiation dose": {
            "sievert": (1.0, "sieverts"),
            "millisievert": (1e-3, "millisieverts msv"),
            "microsievert": (1e-6, "microsieverts μsv"),
        },
        "magnetic field": {
            "tesla": (1.0, "teslas"),
            "gauss": (1e-4, "gauss"),
        },
        "voltage": {
            "volt": (1.0, "volts"),
            "kilovolt": (1e3, "kilovolts kv"),
            "megavolt": (1e6, "megavolts"),
        },
        "current": {
            "ampere": (1.0, "amperes amps amp"),
            "kiloampere": (1e3, "kiloamperes ka"),
        },
        "frequency": {
            "hertz": (1.0, "hz"),
            "kilohertz": (1e3, "khz"),
            "megahertz": (1e6, "mhz"),
            "gigahertz": (1e9, "ghz"),
        },
        # Bits and bytes apart: `80 megabytes per second` is not 80 megabits per second.
        # (`MB/s` and `Mb/s` fold alike, so only unambiguous forms are read.)
        "data rate": {
            "bit per second": (1.0, "bits per second"),
            "kilobit per second": (1e3, "kilobits per second kilobits a second kbps kbit / s"),
            "megabit per second": (1e6, "megabits per second megabits a second mbps mbit / s"),
            "gigabit per second": (1e9, "gigabits per second gigabits a second gbps gbit / s"),
            "terabit per second": (1e12, "terabits per second tbps tbit / s"),
            "kilobyte per second": (8e3, "kilobytes per second"),
            "megabyte per second": (8e6, "megabytes per second"),
            "gigabyte per second": (8e9, "gigabytes per second"),
            "terabyte per second": (8e12, "terabytes per second"),
        },
        "data": {
            "bit": (0.125, "bits"),
            "kilobit": (125.0, "kilobits"),
            "megabit": (1.25e5, "megabits"),
            "gigabit": (1.25e8, "gigabits"),
            "byte": (1.0, "bytes"),
            "kilobyte": (1e3, "kilobytes kb"),
            "megabyte": (1e6, "megabytes mb"),
            "gigabyte": (1e9, "gigabytes gb"),
            "terabyte": (1e12, "terabytes tb"),
            "petabyte": (1e15, "petabytes pb"),
        },
    }
    table: dict[tuple[str, ...], Unit] = {}
    for dimension, units in rows.items():
        for name, (size, others) in units.items():
            unit = Unit(name, dimension, size, _OFFSETS.get(name, 0.0))
            table[tuple(name.split())] = unit
            for form in _forms(others):
                table.setdefault(form, unit)
    return table


# Multi-word forms in the rows above, kept whole; the rest are single words.
_PHRASES = (
    "square metres", "square meter", "square meters", "sq m", "square kilometres",
    "square kilometer", "square kilometers", "sq km", "square miles", "sq mi", "sq miles",
    "square feet", "sq ft", "m 2", "km 2", "mi 2", "ft 2", "m 3", "ft 3", "cubic metres", "cubic meter", "cubic meters", "metric ton",
    "metric tons", "short ton", "short tons", "kilometres per hour", "kilometers per hour",
    "miles per hour", "metres per second", "meters per second", "per cent",
    "percentage points", "percent points", "per cent points", "percentage pts", "basis points",
    "basis point", "part per million", "parts per million", "part per billion",
    "parts per billion", "kilowatt hours", "nautical miles", "degrees celsius",
    "watt hours", "megawatt hours", "gigawatt hours", "terawatt hours", "bits per second",
    "kilobits per second", "megabits per second", "gigabits per second", "terabits per second",
    "kilobytes per second", "megabytes per second", "gigabytes per second",
    "kilometres an hour", "kilometers an hour", "kilometre an hour", "kilometer an hour",
    "km an hour", "miles an hour", "mile an hour", "metres a second", "meters a second",
    "megabits a second", "gigabits a second", "kilobits a second",
    "terabytes per second", "kbit / s", "mbit / s", "gbit / s", "tbit / s",
    "km / h", "km / hr", "mi / h", "m / s", "degree centigrade", "degrees centigrade", "degrees c", "degrees fahrenheit", "degrees f",
    "us gallon", "us gallons", "cu ft", "cubic feet",
    "light years", "square yards", "sq yd", "yd 2", "square inches", "sq in", "in 2",
    "square centimetres", "square centimeter", "square centimeters", "sq cm", "cm 2",
    "square millimetres", "square millimeter", "square millimeters", "sq mm", "mm 2",
    "cubic yards", "yd 3", "cu yd", "cubic inches", "in 3", "cu in", "cubic centimetres",
    "cubic centimeter", "cubic centimeters", "cm 3", "cubic millimetres", "cubic millimeter",
    "cubic millimeters", "mm 3", "cubic kilometres", "cubic kilometer", "cubic kilometers",
    "km 3", "cubic miles", "mi 3", "acre feet", "acre ft", "fluid ounces", "fl oz", "long tons",
    "feet per second", "feet a second", "british thermal units",
    "pounds per square inch",
)  # fmt: skip


def _forms(others: str) -> list[tuple[str, ...]]:
    forms: list[tuple[str, ...]] = []
    rest = f" {others} "
    for phrase in sorted(_PHRASES, key=len, reverse=True):
        if f" {phrase} " in rest:
            forms.append(tuple(phrase.split()))
            rest = rest.replace(f" {phrase} ", " ")
    forms += [(word,) for word in rest.split()]
    return forms


UNITS_OF_MEASURE = _table()
_LONGEST = max(len(form) for form in UNITS_OF_MEASURE)
# Letters that are units only straight after a number in a question about that measure.
_AMBIGUOUS = frozenset(
    (form,)
    for form in ("m", "g", "l", "ha", "kn", "kt", "nm", "mi", "gal", "t", "pp", "ppt", "pts", "pt",
                 "bp", "c", "f")
)  # fmt: skip


def unit_at(toks: list[str] | tuple[str, ...], index: int) -> tuple[Unit, int] | None:
    """The unit of measure at toks[index] (after a number), and where it ends."""
    for size in range(min(_LONGEST, len(toks) - index), 0, -1):
        form = tuple(toks[index : index + size])
        unit = UNITS_OF_MEASURE.get(form)
        if unit is not None and form not in _AMBIGUOUS:
            return unit, index + size
    return None


def inside_a_unit(toks: list[str] | tuple[str, ...], at: int) -> bool:
    """The word at `at` is inside a unit of several words that starts before it (the `per`
    of `metres per second`, a speed, not a rate in time), read from the left as units are
    (`cubic metres per second` is a volume per second)."""
    index = 0
    while index < at:
        hit = unit_at(toks, index)
        if hit is None:
            index += 1
        elif hit[1] > at:
            return True
        else:
            index = hit[1]
    return False


def lettered_rate(word: str) -> Unit | None:
    """`t` in `$68/t`, `gal` in `Q31.40/gal`: a unit's letters after a slash, where they
    can only be the unit a price is per (not `m`, a month or minute as much as a metre;
    nor points, never a rate)."""
    if (word,) not in _AMBIGUOUS or word == "m":
        return None
    unit = UNITS_OF_MEASURE[(word,)]
    return None if unit.dimension == "ratio" else unit


def letters_for(word: str, unit: Unit) -> Unit | None:
    """`ha` after a number, where the article measures in hectares: a unit's letters that
    elsewhere may be a word or another unit (`m` for metres or minutes), read as a unit where
    the article measures in that dimension (`60 m` where it gives 60 cm is metres)."""
    lettered = UNITS_OF_MEASURE.get((word,)) if (word,) in _AMBIGUOUS else None
    return lettered if lettered is not None and lettered.dimension == unit.dimension else None


def units_named(toks: list[str] | tuple[str, ...]) -> list[Unit]:
    """Every unit of measure named in the tokens (`How many square miles…?`)."""
    found: list[Unit] = []
    index = 0
    while index < len(toks):
        hit = unit_at(toks, index)
        if hit is None:
            index += 1
            continue
        if hit[0] not in found:
            found.append(hit[0])
        index = hit[1]
    return found


# Speeds written with a slash (`185 km/h`), as one word: the slash is no `or`.
_SLASHED = {
    form: next(f[0] for f, u in UNITS_OF_MEASURE.items() if u == unit and len(f) == 1)
    for form, unit in UNITS_OF_MEASURE.items()
    if "/" in form
}


def without_unit_slashes(toks: list[str]) -> list[str]:
    """The tokens with each unit written with a slash (`km / h`) as one word (`kph`)."""
    if "/" not in toks:
        return toks
    out: list[str] = []
    at = 0
    while at < len(toks):
        joined = _SLASHED.get(tuple(toks[at : at + 3]))
        if joined is not None:
            out.append(joined)
            at += 3
        else:
            out.append(toks[at])
            at += 1
    return out


# `pounds` is money unless the text weighs things: a figure in kilograms beside it, or
# `weigh`/`weight` in the question (`3.8 kilograms (8.4 pounds)`).
_POUNDS = frozenset({"pound", "pounds"})
_WEIGHING = frozenset({"weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy"})
_STERLING = frozenset({"£", "sterling", "gbp"})


def weighs_in_pounds(toks: list[str] | tuple[str, ...]) -> bool:
    """Whether `pounds` in these tokens, and in answers about them, is a weight."""
    if _POUNDS.isdisjoint(toks) and _WEIGHING.isdisjoint(toks):
        return False
    if not _STERLING.isdisjoint(toks) or any(t.startswith("£") for t in toks):
        return False
    return not _WEIGHING.isdisjoint(toks) or any(u.dimension == "mass" for u in units_named(toks))


def pounds_as_weight(toks: list[str]) -> list[str]:
    """The tokens with `pounds` read as the unit of weight (`lb`), not as money."""
    if _POUNDS.isdisjoint(toks):
        return toks
    return ["lb" if t in _POUNDS else t for t in toks]


def inches_at_end(toks: list[str]) -> list[str]:
    """`12 in`: an `in` that ends the answer straight after a figure is the inch, as a
    measure is written short, not a word waiting for a place."""
    if len(toks) >= 2 and toks[-1] == "in" and toks[-2][:1].isdigit():
        return [*toks[:-1], "inches"]
    return toks


def unit_slips_mended(toks: list[str], meant: frozenset[str]) -> list[str]:
    """`21 pecent`, `180 dyas`, `six dayz`, `12 dys`: a word after a figure one slip (a
    letter dropped, added, changed or two swapped) from a unit the question or article says
    (`meant`) read as that unit. Only toward those: `247 nays` is no slip for days, nor
    `drams` for grams; a word of three letters only a letter short of one (`dys`)."""
    if not meant:
        return toks
    out = toks
    for at in range(1, len(toks)):
        word = toks[at]
        before = toks[at - 1]
        if (
            not (before[:1].isdigit() or before in NUMBER_WORDS)
            or len(word) < 3
            or not word.isalpha()
            or word in meant
            or (word,) in UNITS_OF_MEASURE
            or word in TIME_UNITS
            or word in FILLERS
            or word in NUMBER_WORDS  # `ninety-four`: `four` is no slip for hour
        ):
            continue
        near = sorted(
            form
            for form in meant
            if len(form) >= 4
            and (abs(len(form) - len(word)) <= 1 if len(word) >= 4 else len(form) == 4)
            and OSA.distance(word, form, score_cutoff=1) <= 1
        )
        if near:
            out = [*out[:at], near[0], *out[at + 1 :]]
    return out
