#!/usr/bin/env python3
"""Fails when a translation is unfinished: brings copies of translations/*.ts up to date with the
sources (lupdate, as scripts/update-translations.sh does), then checks that every message is
translated, keeps its placeholders and has the plural forms its language needs."""
import pathlib, re, shutil, subprocess, sys, tempfile, xml.etree.ElementTree as ET

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[2])
plural_forms = {'ko': 1, 'en': 2}
problems = []

with tempfile.TemporaryDirectory() as tmp:
    for ts in (root / 'translations').glob('*.ts'):
        shutil.copy(ts, tmp)
    subprocess.run([str(root / 'scripts/update-translations.sh'), tmp], check=True)
    files = sorted(pathlib.Path(tmp).glob('qafka_*.ts'))
    if len(files) < 2:
        problems.append('expected qafka_en.ts and qafka_ko.ts, found %s' % [f.name for f in files])
    for path in files:
        language = path.stem.split('_', 1)[1]
        messages = 0
        for context in ET.parse(path).getroot().iter('context'):
            name = context.findtext('name')
            for message in context.iter('message'):
                messages += 1
                source = message.findtext('source')
                where = '%s: %s: %r' % (path.name, name, source)
                translation = message.find('translation')
                if translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
                    problems.append('%s is %s' % (where, translation.get('type')))
                    continue
                if message.get('numerus') == 'yes':
                    forms = [f.text or '' for f in translation.findall('numerusform')]
                    if len(forms) != plural_forms.get(language, len(forms)):
                        problems.append('%s has %d plural forms' % (where, len(forms)))
                else:
                    forms = [translation.text or '']
                for form in forms:
                    if not form.strip():
                        problems.append('%s has an empty translation' % where)
                    wanted = sorted(set(re.findall(r'%L?\d', source)))
                    if sorted(set(re.findall(r'%L?\d', form))) != wanted:
                        problems.append('%s: placeholders differ in %r' % (where, form))
                    if '%n' in source and '%n' not in form:
                        problems.append('%s: %%n missing in %r' % (where, form))
        print('%s: %d messages checked' % (path.name, messages))

for problem in problems:
    print('FAIL:', problem)
print('%d problem(s)' % len(problems))
sys.exit(1 if problems else 0)
