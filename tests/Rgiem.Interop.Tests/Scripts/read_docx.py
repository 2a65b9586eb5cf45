"""Reads a DOCX with python-docx and prints what it finds as JSON: the tables (cell texts per row, merged
cells once), the body paragraphs with their styles, the section geometry and the core properties.

python-docx 0.8 leaves hyperlink runs out of Paragraph.text, so the text of a paragraph is gathered here from
its runs and from the runs of its hyperlinks, in document order (w:t, w:tab as TAB, w:br as LF).
Usage: python3 read_docx.py FILE.docx
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def paragraph_text(p):
    parts = []
    for node in p._p.iter():
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab") and node.getparent().tag == qn("w:r"):
            parts.append("\t")
        elif node.tag in (qn("w:br"), qn("w:cr")):
            parts.append("\n")
    return "".join(parts)


def cell_text(cell):
    return "\n".join(paragraph_text(p) for p in cell.paragraphs)


def table_rows(table):
    rows = []
    for row in table.rows:
        seen = []
        cells = []
        for cell in row.cells:
            if any(cell._tc is s for s in seen):
                continue
            seen.append(cell._tc)
            cells.append(cell_text(cell))
        rows.append(cells)
    return rows


def main(path):
    document = docx.Document(path)
    section = document.sections[0]
    core = document.core_properties
    result = {
        "tables": [table_rows(t) for t in document.tables],
        "paragraphs": [{"style": p.style.name if p.style is not None else None, "text": paragraph_text(p)} for p in document.paragraphs],
        "section": {
            "page_width": section.page_width,
            "page_height": section.page_height,
            "different_first_page": bool(section.different_first_page_header_footer),
            "header": [paragraph_text(p) for p in section.header.paragraphs],
            "first_page_header": [paragraph_text(p) for p in section.first_page_header.paragraphs],
        },
        "core": {
            "title": core.title,
            "subject": core.subject,
            "keywords": core.keywords,
            "author": core.author,
            "language": core.language,
        },
    }
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
