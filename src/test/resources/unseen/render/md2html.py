#!/usr/bin/env python3
"""Turns a report as the project's text files hold it (Markdown headings and bold, tab-separated or
pipe tables with ---- rules, HTML tags and entities left in) into the HTML page a browser or LibreOffice
typesets: headings, paragraphs, lists and real tables. Entities and inline tags pass through as
written, as they would in the page Ofsted published."""
import re
import sys

HEADING = re.compile(r'^\s*(#{1,6})\s+(.*)$')
RULE = re.compile(r'^[-\s\t]{3,}$')
BULLET = re.compile(r'^\s*[-*\u2022]\s+(.*)$')


def inline(text):
    text = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', text)
    text = re.sub(r'(?<![\\*\w])\*(\S[^*\n]*?)\*(?![*\w])', r'<i>\1</i>', text)
    return re.sub(r'\\([\\*_.\-#])', r'\1', text)


def convert(source):
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"><title>Report</title>',
           '<style>body{font-family:"Liberation Sans",Arial,sans-serif;font-size:11pt}'
           'table{border-collapse:collapse;width:100%}td,th{border:1px solid #777;vertical-align:top;padding:4px}'
           '</style></head><body>']
    blocks = re.split(r'\n\s*\n', untab(source.replace('\r\n', '\n')))
    for block in blocks:
        lines = [l for l in block.split('\n') if l.strip()]
        if not lines:
            continue
        if len(lines) == 1 and HEADING.match(lines[0]):
            m = HEADING.match(lines[0])
            level = len(m.group(1))
            out.append('<h%d>%s</h%d>' % (level, inline(m.group(2)), level))
            continue
        pipes = all(l.strip().startswith('|') and l.strip().endswith('|') for l in lines)
        if pipes or any('\t' in l for l in lines):
            # Rows parted by blank lines are still one table, as a word processor keeps them.
            if out and out[-1] == '</table>':
                out.pop()
            else:
                out.append('<table>')
            for l in lines:
                if RULE.match(l) or (pipes and re.match(r'^[|:\-\s]+$', l)):
                    continue
                cells = l.strip()[1:-1].split('|') if pipes else l.split('\t')
                out.append('<tr>' + ''.join('<td>%s</td>' % inline(c.strip()) for c in cells) + '</tr>')
            out.append('</table>')
            continue
        if all(BULLET.match(l) for l in lines):
            out.append('<ul>' + ''.join('<li>%s</li>' % inline(BULLET.match(l).group(1)) for l in lines) + '</ul>')
            continue
        heading = HEADING.match(lines[0])
        if heading:
            level = len(heading.group(1))
            out.append('<h%d>%s</h%d>' % (level, inline(heading.group(2)), level))
            lines = lines[1:]
        if lines:
            out.append('<p>' + '<br>\n'.join(inline(l.rstrip()) for l in lines) + '</p>')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


def untab(source):
    """Tabs that set off a paragraph's number or a list's items, not table cells: "12.<tab>The ..."
    is a numbered paragraph, and lines set in by one tab after a line ending in a colon are its list
    (as a word processor shows them)."""
    out = []
    listing = False
    previous = ''
    for line in source.split('\n'):
        m = re.match(r'^(\d{1,3}\.|\u2022)\t([^\t]+)$', line)
        if m:
            line = m.group(1) + ' ' + m.group(2)
        item = re.match(r'^\t([^\t]+)$', line)
        if item and (previous.rstrip().endswith(':') or listing):
            line = '- ' + item.group(1)
            listing = True
        elif line.strip():
            listing = False
        if line.strip():
            previous = line
        out.append(line)
    return '\n'.join(out)


if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as f:
        sys.stdout.write(convert(f.read()))
