<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Pain before and after (daily averages, 0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions with pain scores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change under 2 points / 30 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acupress — pain diary with self-administered acupressure; self-care information, not medical advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain diary and acupressure: report for a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {first} to {last} · made {made} · {sessions} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain is the patient&apos;s own rating, 0 = no pain, 10 = worst pain imaginable, asked right before and right after each session. An important change is a drop of 2 points or 30 % (Farrar 2001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was pressed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points pressed to the end (guided sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more sessions (export CSV for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acupress report for a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acupress — self-care information, not medical advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{steps} steps, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As step {step}, on the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily log — pain 0 = no pain, 10 = worst pain imaginable; tick each step you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Please reach out now&lt;/b&gt; (a crisis line, your doctor, or your local emergency number if you are not safe) if you have: {signs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Call your local emergency number or go to an emergency department now&lt;/b&gt; if you have: {signs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;See a doctor soon&lt;/b&gt; if you have: {signs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never press on broken skin, a bruise, swelling, varicose veins, a recent fracture or surgery site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
