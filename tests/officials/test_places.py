"""Where a ZIP code is (common.places, from data that ships with the site) and which officials
serve it (Target.serves, campaigns.officials.look_up): plain functions, no database."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from campaigns.models import Target
from campaigns.officials import look_up
from common.places import find_place, normalise_zip, state_choices, state_name, state_of_zip

COUNTY, CITY, STATE = Target.Level.COUNTY, Target.Level.CITY, Target.Level.STATE


def official(pk: int, name: str, level=Target.Level.NATIONAL, **place) -> Target:
    return Target(pk=pk, name=name, level=level, **place)


SAN_MATEO_SHERIFF = official(1, "Carlos Bolaños", COUNTY, state="CA", county="San Mateo County")
SANTA_CLARA_SHERIFF = official(2, "Robert Jonsen", COUNTY, state="CA", county="santa clara county")
GOVERNOR = official(3, "Gavin Newsom", STATE, state="CA")
MAYOR = official(4, "Lisa Gauthier", CITY, state="CA", city="East Palo Alto")
CONGRESS = official(5, "Congress")


def test_a_zip_code_gives_its_state_county_and_city():
    place = find_place("94401")
    assert (place.state, place.counties, place.city) == ("CA", ("San Mateo County",), "San Mateo")
    assert not place.spans_counties
    assert state_of_zip("94401") == "CA"


def test_a_zip_code_crossing_county_lines_has_both_counties_main_first():
    place = find_place("94303")
    assert place.counties == ("San Mateo County", "Santa Clara County")
    assert place.spans_counties
    assert "East Palo Alto" in place.cities


@pytest.mark.parametrize("typed", ["00000", "9440", "944011", "ABCDE", "", "94401-12"])
def test_a_zip_code_that_does_not_exist_or_is_not_one_has_no_place(typed):
    assert find_place(typed) is None
    assert state_of_zip(typed) == ""


@pytest.mark.parametrize("typed", ["94401-1234", " 94401 1234 ", "944011234"])
def test_zip_plus_four_is_read_as_its_zip_code(typed):
    assert normalise_zip(typed) == "94401"
    assert find_place(typed).counties == ("San Mateo County",)


def test_states_are_named_and_listed_in_the_readers_language():
    assert state_name("NM") == "New Mexico"
    with translation.override("es"):
        assert state_name("NM") == "Nuevo México"
        names = [name for _code, name in state_choices()]
    assert names == sorted(names, key=str.casefold)
    assert ("CA", "California") in state_choices()


def test_each_level_serves_its_own_place():
    san_mateo, palo_alto, new_york = find_place("94401"), find_place("94303"), find_place("10001")
    assert CONGRESS.serves(new_york) and CONGRESS.serves(None, state="TX")
    assert GOVERNOR.serves(san_mateo) and not GOVERNOR.serves(new_york)
    assert GOVERNOR.serves(None, state="CA") and not GOVERNOR.serves(None, state="NY")
    assert SAN_MATEO_SHERIFF.serves(san_mateo) and not SAN_MATEO_SHERIFF.serves(new_york)
    # A county office is found by ZIP code, never by state alone.
    assert not SAN_MATEO_SHERIFF.serves(None, state="CA")
    # County names compare as people write them.
    assert SANTA_CLARA_SHERIFF.serves(palo_alto)
    assert SANTA_CLARA_SHERIFF.serves(palo_alto, county="Santa Clara County")
    assert not SANTA_CLARA_SHERIFF.serves(palo_alto, county="San Mateo County")
    # A city office serves the ZIP's city and the other names the post office accepts for it.
    assert MAYOR.serves(palo_alto) and not MAYOR.serves(san_mateo)


@pytest.mark.parametrize(
    ("level", "needed"),
    [(STATE, {"state"}), (COUNTY, {"state", "county"}), (CITY, {"state", "city"})],
)
def test_an_official_below_national_needs_the_place_they_serve(level, needed):
    with pytest.raises(ValidationError) as refused:
        Target(name="Someone", level=level).clean()
    assert set(refused.value.message_dict) == needed
    Target(name="Someone", level=level, state="CA", county="San Mateo County", city="X").clean()
    Target(name="Congress").clean()


def test_the_look_up_asks_for_the_county_only_when_it_changes_the_answer():
    sheriffs = [SAN_MATEO_SHERIFF, SANTA_CLARA_SHERIFF, GOVERNOR]
    asked = look_up(sheriffs, zip_code="94303")
    assert asked.county_choices == ("San Mateo County", "Santa Clara County")
    assert not asked.found

    chosen = look_up(sheriffs, zip_code="94303", county="santa clara county")
    assert chosen.targets == [SANTA_CLARA_SHERIFF, GOVERNOR]
    assert chosen.where == "Santa Clara County, CA (94303)"
    assert chosen.query == "zip=94303&county=Santa+Clara+County"

    # The governor serves both counties: nothing to ask.
    assert look_up([GOVERNOR], zip_code="94303").targets == [GOVERNOR]


def test_the_look_up_by_state_and_its_fallback():
    by_state = look_up([SAN_MATEO_SHERIFF, GOVERNOR], state="ca")
    assert by_state.targets == [GOVERNOR]
    assert by_state.where == "California"

    outside = look_up([SAN_MATEO_SHERIFF], CONGRESS, zip_code="10001")
    assert (outside.targets, outside.fallback) == ([], CONGRESS)
    assert outside.asked and not outside.error

    assert look_up([GOVERNOR]).asked is False, "nothing typed: nothing asked"
    assert look_up([GOVERNOR], state="ZZ").error == "Choose your state from the list."
    assert "could not find the ZIP code 00000" in look_up([GOVERNOR], zip_code="00000").error
    assert "Enter a 5-digit ZIP code" in look_up([GOVERNOR], zip_code="x" * 500).error
