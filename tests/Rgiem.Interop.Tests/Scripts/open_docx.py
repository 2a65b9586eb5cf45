"""Opens each DOCX given with python-docx and reads everything a reader reads: the paragraphs and tables of the
body, the headers and footers of every section, the core properties. Prints one JSON object: for each file, null
when python-docx read it, else the error it raised.
Usage: python3 open_docx.py FILE.docx...
"""
import json
import sys

import docx


def read(path):
    document = docx.Document(path)
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            texts.extend(p.text for p in part.paragraphs)
    core = document.core_properties
    texts.extend([core.title or "", core.subject or ""])
    return len(texts)


def main(paths):
    result = {}
    for path in paths:
        try:
            read(path)
            result[path] = None
        except Exception as error:  # every failure is reported, never hidden
            result[path] = type(error).__name__ + ": " + str(error)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
