"""Every message libyaml (and PyYAML's composer) can give, in Finnish.

The keys are libyaml's own problem strings (scanner, parser, reader) and the composer's; each names its Finnish
text in the message catalogue (`load.yaml_problems.<id>`). A test reads the strings out of the installed
`yaml._yaml` extension and fails when one is missing here, so a maintainer never sees English. Unknown text
(a future libyaml) still gets a Finnish sentence.
"""

from __future__ import annotations

from generator.messages import message

# libyaml's English problem → the id of its Finnish text under `load.yaml_problems`
PROBLEM_IDS: dict[str, str] = {
    'found character that cannot start any token': 'found_character_that_cannot_start_any_token',
    "could not find expected ':'": 'missing_colon',
    'mapping keys are not allowed in this context': 'mapping_keys_are_not_allowed_in_this_context',
    'block sequence entries are not allowed in this context': 'block_sequence_entries_are_not_allowed_in_this_context',
    'mapping values are not allowed in this context': 'mapping_values_are_not_allowed_in_this_context',
    'found unexpected end of stream': 'found_unexpected_end_of_stream',
    'found unknown escape character': 'found_unknown_escape_character',
    'did not find expected hexdecimal number': 'did_not_find_expected_hexdecimal_number',
    'found invalid Unicode character escape code': 'found_invalid_unicode_character_escape_code',
    'found unexpected document indicator': 'found_unexpected_document_indicator',
    'did not find expected whitespace or line break': 'did_not_find_expected_whitespace_or_line_break',
    'did not find expected whitespace': 'did_not_find_expected_whitespace',
    'did not find expected comment or line break': 'did_not_find_expected_comment_or_line_break',
    'found an indentation indicator equal to 0': 'found_an_indentation_indicator_equal_to_0',
    'found a tab character that violates indentation': 'tab_indent',
    'found a tab character where an indentation space is expected':
        'found_a_tab_character_where_an_indentation_space_is_expected',
    'did not find expected alphabetic or numeric character': 'did_not_find_expected_alphabetic_or_numeric_character',
    "found unexpected ':'": 'unexpected_colon',
    'found unexpected non-alphabetical character': 'found_unexpected_non_alphabetical_character',
    'did not find URI escaped octet': 'did_not_find_uri_escaped_octet',
    'found an incorrect leading UTF-8 octet': 'uri_octet_not_utf8',
    'found an incorrect trailing UTF-8 octet': 'uri_octet_not_utf8',
    'did not find expected tag URI': 'did_not_find_expected_tag_uri',
    "did not find the expected '>'": 'verbatim_tag_unclosed',
    "did not find expected '!'": 'tag_directive_missing_bang',
    'could not find expected directive name': 'could_not_find_expected_directive_name',
    'found unknown directive name': 'found_unknown_directive_name',
    "did not find expected digit or '.' character": 'did_not_find_expected_digit_or_character',
    'found extremely long version number': 'found_extremely_long_version_number',
    'did not find expected version number': 'did_not_find_expected_version_number',
    'found duplicate %YAML directive': 'found_duplicate_yaml_directive',
    'found incompatible YAML document': 'found_incompatible_yaml_document',
    'found duplicate %TAG directive': 'found_duplicate_tag_directive',
    'found undefined tag handle': 'found_undefined_tag_handle',
    'did not find expected <document start>': 'did_not_find_expected_document_start',
    'did not find expected <stream-start>': 'did_not_find_expected_stream_start',
    'did not find expected node content': 'did_not_find_expected_node_content',
    'did not find expected key': 'did_not_find_expected_key',
    "did not find expected '-' indicator": 'sequence_indent',
    "did not find expected ',' or ']'": 'flow_sequence_open',
    "did not find expected ',' or '}'": 'flow_mapping_open',
    'control characters are not allowed': 'control_characters_are_not_allowed',
    'invalid leading UTF-8 octet': 'not_utf8',
    'incomplete UTF-8 octet sequence': 'not_utf8',
    'invalid trailing UTF-8 octet': 'not_utf8',
    'invalid length of a UTF-8 sequence': 'not_utf8',
    'invalid Unicode character': 'invalid_unicode_character',
    'incomplete UTF-16 character': 'not_utf8',
    'incomplete UTF-16 surrogate pair': 'not_utf8',
    'but found another document': 'but_found_another_document',
    'found undefined alias': 'found_undefined_alias',
    'found duplicate anchor': 'found_duplicate_anchor',
    'mapping values are not allowed here': 'mapping_values_not_allowed_here',
    "expected <block end>, but found '-'": 'sequence_indent',
    "found character '\\t' that cannot start any token": 'tab_indent',
    "expected ',' or '}', but got '?'": 'question_in_flow_mapping',
    "expected ',' or ']', but got '?'": 'question_in_flow_sequence',
    "expected ',' or '}', but got": 'flow_mapping_open',
    "expected ',' or ']', but got": 'flow_sequence_open',
}


def finnish_problem(problem: str | None) -> str:
    """libyaml's problem text in Finnish; never English."""
    text = problem or ""
    for english in sorted(PROBLEM_IDS, key=len, reverse=True):
        if text.startswith(english):
            return message(f"load.yaml_problems.{PROBLEM_IDS[english]}")
    return message("load.yaml_problems.unknown")
