<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Pain before and after (daily averages, 0-10)</source>
        <translation>治疗前后的疼痛（每日平均，0-10）</translation>
    </message>
    <message>
        <source>No sessions with pain scores yet</source>
        <translation>还没有带疼痛评分的记录</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>治疗前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>治疗后</translation>
    </message>
    <message>
        <source>After, 7-day average</source>
        <translation>治疗后，7天平均</translation>
    </message>
    <message>
        <source>Change under 2 points / 30 %</source>
        <translation>变化小于2分 / 30%</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month}{day}日</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{month}{day}日</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>侧</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Acupress — pain diary with self-administered acupressure; self-care information, not medical advice</source>
        <translation>Acupress — 疼痛日记与自我指压；自我护理信息，不是医疗建议</translation>
    </message>
    <message>
        <source>Pain diary and acupressure: report for a clinician</source>
        <translation>疼痛日记与指压：给医生的报告</translation>
    </message>
    <message>
        <source>Period {first} to {last} · made {made} · {sessions} sessions</source>
        <translation>时间段 {first} 至 {last} · 生成于 {made} · 共 {sessions} 次</translation>
    </message>
    <message>
        <source>Summary.</source>
        <translation>摘要。</translation>
    </message>
    <message>
        <source>Pain is the patient&apos;s own rating, 0 = no pain, 10 = worst pain imaginable, asked right before and right after each session. An important change is a drop of 2 points or 30 % (Farrar 2001).</source>
        <translation>疼痛由患者本人评分，0 = 不痛，10 = 能想象到的最剧烈疼痛，在每次按压前后立即询问。重要变化指下降2分或30%（Farrar 2001）。</translation>
    </message>
    <message>
        <source>What was pressed for</source>
        <translation>按压的原因</translation>
    </message>
    <message>
        <source>Points pressed to the end (guided sessions)</source>
        <translation>按压完成的穴位（引导式按压）</translation>
    </message>
    <message>
        <source>… and {count} more sessions (export CSV for all).</source>
        <translation>……另有 {count} 次记录（导出 CSV 可查看全部）。</translation>
    </message>
    <message>
        <source>none recorded in this period.</source>
        <translation>这段时间内没有记录。</translation>
    </message>
    <message>
        <source> (few)</source>
        <translation>（较少）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Acupress report for a clinician</source>
        <translation>Acupress 给医生的报告</translation>
    </message>
    <message>
        <source>Acupress — self-care information, not medical advice</source>
        <translation>Acupress — 自我护理信息，不是医疗建议</translation>
    </message>
    <message>
        <source>{steps} steps, {time}</source>
        <translation>{steps}步，{time}</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>打印于 {date}</translation>
    </message>
    <message>
        <source>Find it:</source>
        <translation>找穴：</translation>
    </message>
    <message>
        <source>As step {step}, on the other side.</source>
        <translation>同第 {step} 步，换另一侧。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>已省略：</translation>
    </message>
    <message>
        <source>Daily log — pain 0 = no pain, 10 = worst pain imaginable; tick each step you did</source>
        <translation>每日记录 — 疼痛 0 = 不痛，10 = 能想象到的最剧烈疼痛；完成的步骤请打勾</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>按压前疼痛</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>按压后疼痛</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please reach out now&lt;/b&gt; (a crisis line, your doctor, or your local emergency number if you are not safe) if you have: {signs}.</source>
        <translation>&lt;b&gt;请立即寻求帮助&lt;/b&gt;（心理危机热线、您的医生，如果您现在不安全，请拨打当地急救电话），如果您有：{signs}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call your local emergency number or go to an emergency department now&lt;/b&gt; if you have: {signs}.</source>
        <translation>&lt;b&gt;请立即拨打当地急救电话或前往急诊科&lt;/b&gt;，如果您有：{signs}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;See a doctor soon&lt;/b&gt; if you have: {signs}.</source>
        <translation>&lt;b&gt;请尽快就医&lt;/b&gt;，如果您有：{signs}。</translation>
    </message>
    <message>
        <source>Never press on broken skin, a bruise, swelling, varicose veins, a recent fracture or surgery site.</source>
        <translation>切勿按压破损的皮肤、瘀伤、肿胀处、静脉曲张处、新近骨折处或手术部位。</translation>
    </message>
    <message>
        <source>When to stop and get medical help</source>
        <translation>何时停止并寻求医疗帮助</translation>
    </message>
    <message>
        <source>1 cun</source>
        <translation>1寸</translation>
    </message>
    <message>
        <source>1st/2nd metacarpal bases</source>
        <translation>第1、2掌骨底</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>跟腱</translation>
    </message>
    <message>
        <source>C7 (bump at the base of the neck)</source>
        <translation>C7（颈根部的骨性突起）</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>L4 (level with the hip-bone tops)</source>
        <translation>L4（与髂骨最高点平齐）</translation>
    </message>
    <message>
        <source>angle of the jaw</source>
        <translation>下颌角</translation>
    </message>
    <message>
        <source>bases of 1st and 2nd metatarsals</source>
        <translation>第1、2跖骨底</translation>
    </message>
    <message>
        <source>bone behind the ear</source>
        <translation>耳后骨（乳突）</translation>
    </message>
    <message>
        <source>bump below the kneecap</source>
        <translation>髌骨下方的骨突（胫骨粗隆）</translation>
    </message>
    <message>
        <source>crease behind the knee</source>
        <translation>膝后横纹</translation>
    </message>
    <message>
        <source>ear tip</source>
        <translation>耳尖</translation>
    </message>
    <message>
        <source>elbow crease</source>
        <translation>肘横纹</translation>
    </message>
    <message>
        <source>front hairline</source>
        <translation>前发际</translation>
    </message>
    <message>
        <source>front hip bone (ASIS)</source>
        <translation>骨盆前方骨突（髂前上棘）</translation>
    </message>
    <message>
        <source>front of the ankle</source>
        <translation>踝前</translation>
    </message>
    <message>
        <source>greater trochanter</source>
        <translation>大转子</translation>
    </message>
    <message>
        <source>head of the fibula</source>
        <translation>腓骨头</translation>
    </message>
    <message>
        <source>heel bone</source>
        <translation>跟骨</translation>
    </message>
    <message>
        <source>inner ankle bone</source>
        <translation>内踝骨</translation>
    </message>
    <message>
        <source>inner brow end</source>
        <translation>眉头</translation>
    </message>
    <message>
        <source>lower end of the sacrum</source>
        <translation>骶骨下端</translation>
    </message>
    <message>
        <source>outer ankle bone</source>
        <translation>外踝骨</translation>
    </message>
    <message>
        <source>shoulder tip</source>
        <translation>肩峰</translation>
    </message>
    <message>
        <source>web between big and 2nd toe</source>
        <translation>大趾与第二趾之间的趾蹼</translation>
    </message>
    <message>
        <source>wrist crease</source>
        <translation>腕横纹</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>腹部</translation>
    </message>
    <message>
        <source>Around the ear</source>
        <translation>耳周</translation>
    </message>
    <message>
        <source>Back of the forearm and hand</source>
        <translation>前臂背侧和手背</translation>
    </message>
    <message>
        <source>Back of the hand</source>
        <translation>手背</translation>
    </message>
    <message>
        <source>Back of the knee</source>
        <translation>膝后</translation>
    </message>
    <message>
        <source>Back of the lower leg</source>
        <translation>小腿后侧</translation>
    </message>
    <message>
        <source>Chest and upper abdomen</source>
        <translation>胸部和上腹部</translation>
    </message>
    <message>
        <source>Eyes and nose</source>
        <translation>眼部和鼻部</translation>
    </message>
    <message>
        <source>Front of the elbow</source>
        <translation>肘部前面</translation>
    </message>
    <message>
        <source>Palm side of the hand and wrist</source>
        <translation>手掌和腕部掌侧</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>上背部</translation>
    </message>
    <message>
        <source>Whole body from behind</source>
        <translation>全身背面</translation>
    </message>
    <message>
        <source>Whole body from the front</source>
        <translation>全身正面</translation>
    </message>
    <message>
        <source>Whole body from the side</source>
        <translation>全身侧面</translation>
    </message>
    <message>
        <source>Back of the thigh and buttock</source>
        <translation>大腿后侧和臀部</translation>
    </message>
    <message>
        <source>Front of the knee and thigh</source>
        <translation>膝前和大腿</translation>
    </message>
    <message>
        <source>Outside of the thigh and knee</source>
        <translation>大腿外侧和膝部</translation>
    </message>
    <message>
        <source>Inner ankle and lower leg</source>
        <translation>内踝和小腿</translation>
    </message>
    <message>
        <source>Sole of the foot</source>
        <translation>足底</translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation>足背</translation>
    </message>
    <message>
        <source>Lower back and buttocks</source>
        <translation>下背部和臀部</translation>
    </message>
    <message>
        <source>back of the armpit crease</source>
        <translation>腋后纹</translation>
    </message>
    <message>
        <source>outer corner of the eye</source>
        <translation>外眼角</translation>
    </message>
    <message>
        <source>between the eyebrows</source>
        <translation>两眉之间</translation>
    </message>
    <message>
        <source>index knuckle</source>
        <translation>食指掌指关节</translation>
    </message>
    <message>
        <source>little-finger knuckle</source>
        <translation>小指掌指关节</translation>
    </message>
    <message>
        <source>outer elbow bone</source>
        <translation>肘外侧骨突（肱骨外上髁）</translation>
    </message>
    <message>
        <source>between index and middle knuckles</source>
        <translation>食指与中指掌指关节之间</translation>
    </message>
    <message>
        <source>below the inner knee bone</source>
        <translation>膝内侧骨突下方</translation>
    </message>
    <message>
        <source>nipple</source>
        <translation>乳头</translation>
    </message>
    <message>
        <source>tip of the elbow</source>
        <translation>肘尖</translation>
    </message>
    <message>
        <source>lower tip of the kneecap</source>
        <translation>髌骨下缘</translation>
    </message>
    <message>
        <source>ridge of the shoulder blade</source>
        <translation>肩胛冈</translation>
    </message>
    <message>
        <source>T1 (the bump below C7)</source>
        <translation>T1（C7下方的骨性突起）</translation>
    </message>
    <message>
        <source>web between 2nd and 3rd toe</source>
        <translation>第二、三趾间的趾蹼</translation>
    </message>
    <message>
        <source>back of the wrist</source>
        <translation>腕背</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>面部</translation>
    </message>
    <message>
        <source>Front of the knee and shin</source>
        <translation>膝前和胫骨前侧</translation>
    </message>
    <message>
        <source>Inner knee and lower leg</source>
        <translation>膝内侧和小腿</translation>
    </message>
    <message>
        <source>Neck and shoulders from behind</source>
        <translation>颈肩部背面</translation>
    </message>
    <message>
        <source>Outer ankle and foot</source>
        <translation>外踝和足部</translation>
    </message>
    <message>
        <source>Outer arm and elbow</source>
        <translation>上臂外侧和肘部</translation>
    </message>
    <message>
        <source>Palm side of the forearm and hand</source>
        <translation>前臂掌侧和手掌</translation>
    </message>
    <message>
        <source>Side of the head</source>
        <translation>头部侧面</translation>
    </message>
    <message>
        <source>Side of the hip</source>
        <translation>髋部侧面</translation>
    </message>
    <message>
        <source>Top of the head</source>
        <translation>头顶</translation>
    </message>
    <message>
        <source>thumb width at the knuckle</source>
        <translation>拇指指节处的宽度</translation>
    </message>
    <message>
        <source>1.5 cun</source>
        <translation>1.5寸</translation>
    </message>
    <message>
        <source>index + middle finger</source>
        <translation>食指 + 中指</translation>
    </message>
    <message>
        <source>3 cun</source>
        <translation>3寸</translation>
    </message>
    <message>
        <source>four fingers together</source>
        <translation>四指并拢</translation>
    </message>
    <message>
        <source>Measuring in cun</source>
        <translation>用“寸”来测量</translation>
    </message>
    <message>
        <source>1 cun is the width of your thumb at its knuckle; 1.5 cun is your index and middle fingers together; 3 cun is four fingers held together.</source>
        <translation>1寸是拇指指节处的宽度；1.5寸是食指和中指并拢的宽度；3寸是四指并拢的宽度。</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>轻柔</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>有力</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>孕期</translation>
    </message>
    <message>
        <source>Varicose veins</source>
        <translation>静脉曲张</translation>
    </message>
    <message>
        <source>Broken skin</source>
        <translation>皮肤破损</translation>
    </message>
    <message>
        <source>Blood thinners or bleeding disorder</source>
        <translation>服用抗凝血药或患有出血性疾病</translation>
    </message>
    <message>
        <source>Gentle pressure only</source>
        <translation>只可轻按</translation>
    </message>
    <message>
        <source> (a common translation, not a checked one)</source>
        <translation>（常见译名，未经核对）</translation>
    </message>
    <message>
        <source> — do not press</source>
        <translation> — 不要按压</translation>
    </message>
    <message>
        <source>B-cun:</source>
        <translation>寸：</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>How to find it</source>
        <translation>取穴方法</translation>
    </message>
    <message>
        <source>How to press</source>
        <translation>按压方法</translation>
    </message>
    <message>
        <source>Which side</source>
        <translation>按压侧</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>&lt;b&gt;{pressure}&lt;/b&gt; pressure, about &lt;b&gt;{seconds} s&lt;/b&gt; ({low}-{high} s).</source>
        <translation>&lt;b&gt;{pressure}&lt;/b&gt;力度，约 &lt;b&gt;{seconds} 秒&lt;/b&gt;（{low}-{high} 秒）。</translation>
    </message>
    <message>
        <source>Pressed {rule}.</source>
        <translation>按压位置：{rule}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{symptom}&lt;/b&gt; (evidence: &lt;i&gt;{evidence}&lt;/i&gt;): {reason}</source>
        <translation>&lt;b&gt;{symptom}&lt;/b&gt;（证据：&lt;i&gt;{evidence}&lt;/i&gt;）：{reason}</translation>
    </message>
    <message>
        <source>Not linked to a complaint: shown as a landmark.</source>
        <translation>未与任何不适关联：作为定位标志显示。</translation>
    </message>
    <message>
        <source>Where on the body</source>
        <translation>在身体上的位置</translation>
    </message>
    <message>
        <source>The close-up</source>
        <translation>近景图</translation>
    </message>
    <message>
        <source>{title}, marked with a box on the whole figure</source>
        <translation>{title}，在全身图上用方框标出</translation>
    </message>
    <message>
        <source>Point details</source>
        <translation>穴位详情</translation>
    </message>
    <message>
        <source>Search: hegu, Hégǔ, 合谷, LI4, ling gu…</source>
        <translation>搜索：hegu、Hégǔ、合谷、LI4、ling gu……</translation>
    </message>
    <message>
        <source>Search points</source>
        <translation>搜索穴位</translation>
    </message>
    <message>
        <source>Show points for a symptom</source>
        <translation>显示某种不适的穴位</translation>
    </message>
    <message>
        <source>All symptoms</source>
        <translation>所有不适</translation>
    </message>
    <message>
        <source>Show points in a body region</source>
        <translation>显示某个身体部位的穴位</translation>
    </message>
    <message>
        <source>All body regions</source>
        <translation>所有身体部位</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>Cl&amp;ear filters</source>
        <translation>清除筛选(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Left side</source>
        <translation>左侧(&amp;L)</translation>
    </message>
    <message>
        <source>R&amp;ight side</source>
        <translation>右侧(&amp;I)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>The previous picture that shows this point ([)</source>
        <translation>显示此穴位的上一张图（[）</translation>
    </message>
    <message>
        <source>Previous picture</source>
        <translation>上一张图</translation>
    </message>
    <message>
        <source>The next picture that shows this point (])</source>
        <translation>显示此穴位的下一张图（]）</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>下一张图</translation>
    </message>
    <message>
        <source>Landmark la&amp;bels</source>
        <translation>标志名称(&amp;B)</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>减少动画(&amp;M)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fi&amp;t</source>
        <translation>全图(&amp;T)</translation>
    </message>
    <message>
        <source>Fit the picture to the window (0)</source>
        <translation>使图片适合窗口（0）</translation>
    </message>
    <message>
        <source>{shown} of {total} points</source>
        <translation>显示 {shown} 个穴位，共 {total} 个</translation>
    </message>
    <message>
        <source>No point matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的穴位。</translation>
    </message>
    <message>
        <source>Point picture: +/- to zoom, 0 to fit, arrow keys to pan</source>
        <translation>穴位图片：+/- 缩放，0 适合窗口，方向键移动</translation>
    </message>
    <message>
        <source>, {side} side</source>
        <translation>，{side}</translation>
    </message>
    <message>
        <source>The point</source>
        <translation>该穴位</translation>
    </message>
    <message>
        <source> {name} is marked with a red ring.</source>
        <translation>{name}用红圈标出。</translation>
    </message>
    <message>
        <source>Export sessions and steps as CSV</source>
        <translation>将记录和步骤导出为 CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Back up all your data</source>
        <translation>备份您的全部数据</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON（*.json）</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>您手动创建</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>被恢复操作替换</translation>
    </message>
    <message>
        <source>Back up &amp;now…</source>
        <translation>立即备份(&amp;N)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>备份列表(&amp;K)…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Acupress database (*.db)</source>
        <translation>Acupress 数据库（*.db）</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Your data was copied to
{path}</source>
        <translation>您的数据已复制到
{path}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Finish or stop the session first, then restore.</source>
        <translation>请先完成或停止本次按压，然后再恢复。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>

Your previous data is kept in
{path}</source>
        <translation>

您之前的数据保存在
{path}</translation>
    </message>
    <message>
        <source>Restored from {name}.{kept}

Acupress closes now; start it again.</source>
        <translation>已从 {name} 恢复。{kept}

Acupress 现在将关闭；请重新启动。</translation>
    </message>
    <message>
        <source>Replace your data with the backup {name}?

What you have now is kept as a backup first.</source>
        <translation>用备份 {name} 替换您的数据吗？

您现在的数据会先保存为一个备份。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Acupress keeps a copy of your data every day (the last 7) and every week (the last 4), and one before each upgrade. They stay on this computer.</source>
        <translation>Acupress 每天（保留最近7份）和每周（保留最近4份）保存一份您的数据副本，每次升级前也会保存一份。这些副本都保留在这台电脑上。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>No backups yet: the first is made once there is something to keep.</source>
        <translation>还没有备份：有内容需要保存时会创建第一份。</translation>
    </message>
    <message>
        <source>Your database could not be read, so it was moved to
{path}
and Acupress started with an empty one. Nothing was deleted.</source>
        <translation>无法读取您的数据库，因此已将其移到
{path}
Acupress 以一个空数据库启动。没有删除任何内容。</translation>
    </message>
    <message>
        <source>

No backup was found to restore.</source>
        <translation>

没有找到可以恢复的备份。</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>恢复 {when} 的备份</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>以空数据开始</translation>
    </message>
    <message>
        <source>Import a backup or a sessions CSV</source>
        <translation>导入备份或记录 CSV</translation>
    </message>
    <message>
        <source>Acupress data (*.json *.csv)</source>
        <translation>Acupress 数据（*.json *.csv）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <source>Imported {sessions} sessions ({present} already present) and {routines} routines ({skipped} skipped: name already taken).</source>
        <translation>已导入 {sessions} 次记录（{present} 次已存在）和 {routines} 个方案（{skipped} 个因名称已被占用而跳过）。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the saved file in your file manager</source>
        <translation>在文件管理器中显示已保存的文件</translation>
    </message>
    <message>
        <source>{what} saved to {path}</source>
        <translation>{what}已保存到 {path}</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>所有窗口</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <source>Home, Atlas, Planner, History</source>
        <translation>主页、图谱、方案、历史</translation>
    </message>
    <message>
        <source>print the routine / save it as a PDF</source>
        <translation>打印方案 / 另存为 PDF</translation>
    </message>
    <message>
        <source>Atlas</source>
        <translation>图谱</translation>
    </message>
    <message>
        <source>search points by any name or code</source>
        <translation>按任意名称或代码搜索穴位</translation>
    </message>
    <message>
        <source>left or right side of the body</source>
        <translation>身体的左侧或右侧</translation>
    </message>
    <message>
        <source>+ / − / 0, arrow keys</source>
        <translation>+ / − / 0，方向键</translation>
    </message>
    <message>
        <source>zoom in, zoom out, fit; move the picture</source>
        <translation>放大、缩小、适合窗口；移动图片</translation>
    </message>
    <message>
        <source>landmark labels on or off</source>
        <translation>显示或隐藏标志名称</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>move or remove the selected step</source>
        <translation>移动或删除所选步骤</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>按压</translation>
    </message>
    <message>
        <source>pause or resume</source>
        <translation>暂停或继续</translation>
    </message>
    <message>
        <source>next step / previous step</source>
        <translation>下一步 / 上一步</translation>
    </message>
    <message>
        <source>30 more seconds on this step</source>
        <translation>本步骤增加30秒</translation>
    </message>
    <message>
        <source>sound on or off; the small window that stays on top</source>
        <translation>打开或关闭声音；始终置顶的小窗口</translation>
    </message>
    <message>
        <source>stop (asks first)</source>
        <translation>停止（会先询问）</translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation>疼痛评分</translation>
    </message>
    <message>
        <source>0 to 9</source>
        <translation>0 到 9</translation>
    </message>
    <message>
        <source>choose that score (10 with its button)</source>
        <translation>选择该分数（10 用其按钮）</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Finding a point with your fingers&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Find the landmark first: the bone, crease or fold the atlas names (for example the wrist crease or the
ankle bone). The atlas picture shows it; turn on &lt;i&gt;Landmark labels&lt;/i&gt; to see the names.&lt;/li&gt;
&lt;li&gt;Measure from the landmark with your own fingers. Distances are given in &lt;b&gt;cun&lt;/b&gt;, a measure that grows
with your body, so your own fingers fit your own body.&lt;/li&gt;
&lt;li&gt;Feel around the spot with a fingertip. Many points sit in a small hollow, beside a bone or a tendon, as
their location text says.&lt;/li&gt;
&lt;li&gt;Press as the point&apos;s page says (how firmly, with which finger), for the time the routine gives.&lt;/li&gt;
&lt;li&gt;Check the side: the session always says &lt;i&gt;LEFT&lt;/i&gt; or &lt;i&gt;RIGHT&lt;/i&gt; in words, because some points are
pressed on the side opposite the pain.&lt;/li&gt;
&lt;/ol&gt;
&lt;h2&gt;The cun guide&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;1 cun&lt;/b&gt;: the width of your thumb at its knuckle.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;1.5 cun&lt;/b&gt;: your index and middle fingers held together, across the middle knuckles.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;3 cun&lt;/b&gt;: four fingers held together (index to little finger), across the middle knuckles.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;These finger measures follow the proportional measurement of the WHO standard acupuncture point
locations (2008).&lt;/p&gt;
&lt;h2&gt;Safety&lt;/h2&gt;
&lt;p&gt;Never press on broken skin, a bruise, swelling or varicose veins. If pain is severe, new and unexplained, or
comes with numbness, weakness or problems with the bladder or bowel, stop and get medical help: call emergency
services or go to the emergency department.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;用手指找到穴位&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;先找到定位标志：图谱中提到的骨头、横纹或皮肤褶皱（例如腕横纹或踝骨）。图谱图片会显示它；打开&lt;i&gt;标志名称&lt;/i&gt;即可看到名称。&lt;/li&gt;
&lt;li&gt;用自己的手指从定位标志开始测量。距离以&lt;b&gt;寸&lt;/b&gt;为单位，这种尺度随身体大小而变化，所以用自己的手指正好适合自己的身体。&lt;/li&gt;
&lt;li&gt;用指尖在该处周围触摸。许多穴位位于骨头或肌腱旁的小凹陷中，正如其位置说明所述。&lt;/li&gt;
&lt;li&gt;按照穴位页面的说明按压（力度多大，用哪根手指），按方案给出的时间进行。&lt;/li&gt;
&lt;li&gt;注意左右侧：按压时总会用文字写明&lt;i&gt;左&lt;/i&gt;或&lt;i&gt;右&lt;/i&gt;，因为有些穴位要在疼痛的对侧按压。&lt;/li&gt;
&lt;/ol&gt;
&lt;h2&gt;寸的量法&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;1寸&lt;/b&gt;：拇指指节处的宽度。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;1.5寸&lt;/b&gt;：食指和中指并拢，在中间指节处的宽度。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;3寸&lt;/b&gt;：四指并拢（食指到小指），在中间指节处的宽度。&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;这些手指量法遵循 WHO 标准针灸穴位定位（2008）中的骨度分寸法。&lt;/p&gt;
&lt;h2&gt;安全&lt;/h2&gt;
&lt;p&gt;切勿按压破损的皮肤、瘀伤、肿胀处或静脉曲张处。如果疼痛剧烈、新出现且原因不明，或伴有麻木、无力或膀胱、肠道问题，请停止按压并寻求医疗帮助：拨打急救电话或前往急诊科。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Pain before and after, over time</source>
        <translation>治疗前后的疼痛随时间的变化</translation>
    </message>
    <message>
        <source>Daily pain scores from {first} to {last}.</source>
        <translation>{first} 至 {last} 的每日疼痛评分。</translation>
    </message>
    <message>
        <source> Latest average after a session: {value} of 10.</source>
        <translation>最近一次按压后的平均疼痛：{value}（满分10）。</translation>
    </message>
    <message>
        <source>Days practised in the last six months</source>
        <translation>过去六个月中做过按压的日子</translation>
    </message>
    <message>
        <source>{days} days with a session in the last {weeks} weeks</source>
        <translation>过去 {weeks} 周中有 {days} 天做过按压</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>{day}: {count} session</source>
        <translation>{day}：{count} 次</translation>
    </message>
    <message>
        <source>{day}: {count} sessions</source>
        <translation>{day}：{count} 次</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst pain imaginable; empty = not recorded. Double-click to edit.</source>
        <translation>0 = 不痛，10 = 能想象到的最剧烈疼痛；空白 = 未记录。双击可编辑。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Filter by symptom</source>
        <translation>按不适筛选</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>No session matches these filters.</source>
        <translation>没有符合这些筛选条件的记录。</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Show st&amp;eps</source>
        <translation>显示步骤(&amp;E)</translation>
    </message>
    <message>
        <source>Each step of the selected session: point, side, time, done or skipped</source>
        <translation>所选记录的每个步骤：穴位、侧、时间、完成或跳过</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>删除记录(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>不适</translation>
    </message>
    <message>
        <source>Pain over &amp;time</source>
        <translation>疼痛变化(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;What helps</source>
        <translation>哪些有效(&amp;W)</translation>
    </message>
    <message>
        <source>Sess&amp;ion steps</source>
        <translation>按压步骤(&amp;I)</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} 次记录</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} 次记录</translation>
    </message>
    <message>
        <source>Deleted the session of {when}. Undo with Ctrl+Z.</source>
        <translation>已删除 {when} 的记录。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Scored sessions</source>
        <translation>有评分的记录</translation>
    </message>
    <message>
        <source>Average change</source>
        <translation>平均变化</translation>
    </message>
    <message>
        <source>Average pain change by {what}</source>
        <translation>按{what}统计的平均疼痛变化</translation>
    </message>
    <message>
        <source>  (few sessions)</source>
        <translation>（记录较少）</translation>
    </message>
    <message>
        <source>Fewer than 5 sessions: too few to read much into this figure.</source>
        <translation>少于5次记录：数量太少，难以据此得出结论。</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Pressed for</source>
        <translation>按压时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Pick a session in the table to see its steps.</source>
        <translation>在表格中选择一条记录以查看其步骤。</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>本次按压的步骤</translation>
    </message>
    <message>
        <source>Nothing written before this session</source>
        <translation>本次按压前没有写任何内容</translation>
    </message>
    <message>
        <source>Note before the session</source>
        <translation>按压前的备注</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>保存备注(&amp;N)</translation>
    </message>
    <message>
        <source>Note before:</source>
        <translation>按压前备注：</translation>
    </message>
    <message>
        <source>{steps} step, {done} done</source>
        <translation>{steps} 步，完成 {done} 步</translation>
    </message>
    <message>
        <source>{steps} steps, {done} done</source>
        <translation>{steps} 步，完成 {done} 步</translation>
    </message>
    <message>
        <source>logged by hand, no steps</source>
        <translation>手动记录，没有步骤</translation>
    </message>
    <message>
        <source>no step was reached</source>
        <translation>没有进行到任何步骤</translation>
    </message>
    <message>
        <source>Note after: {note}</source>
        <translation>按压后备注：{note}</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source> — note saved</source>
        <translation> — 备注已保存</translation>
    </message>
    <message>
        <source>Acupressure at your desk</source>
        <translation>在办公桌前做指压</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>安全提示</translation>
    </message>
    <message>
        <source>Head and face</source>
        <translation>头面部</translation>
    </message>
    <message>
        <source>Neck, shoulders and arms</source>
        <translation>颈、肩和手臂</translation>
    </message>
    <message>
        <source>Back and hips</source>
        <translation>背部和髋部</translation>
    </message>
    <message>
        <source>Legs and feet</source>
        <translation>腿和脚</translation>
    </message>
    <message>
        <source>Body and mind</source>
        <translation>身体与心情</translation>
    </message>
    <message>
        <source>More complaints</source>
        <translation>其他不适</translation>
    </message>
    <message>
        <source>Complaints by where it hurts</source>
        <translation>按疼痛部位分组的不适</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您常用的</translation>
    </message>
    <message>
        <source>Plan a routine for {symptom}</source>
        <translation>为{symptom}制定方案</translation>
    </message>
    <message>
        <source>What hurts? Pick one to plan a routine</source>
        <translation>哪里痛？选择一项来制定方案</translation>
    </message>
    <message>
        <source>Repeat my last routine</source>
        <translation>重复上次的方案</translation>
    </message>
    <message>
        <source>Saved routines (Enter or double-click to open)</source>
        <translation>已保存的方案（按回车键或双击打开）</translation>
    </message>
    <message>
        <source>Saved routines</source>
        <translation>已保存的方案</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Plan a &amp;routine</source>
        <translation>制定方案(&amp;R)</translation>
    </message>
    <message>
        <source>Choose symptoms, side and time</source>
        <translation>选择不适、侧和时间</translation>
    </message>
    <message>
        <source>E&amp;xplore the atlas</source>
        <translation>浏览图谱(&amp;X)</translation>
    </message>
    <message>
        <source>Every point, where it is and how to press it</source>
        <translation>每个穴位的位置和按压方法</translation>
    </message>
    <message>
        <source>See your histor&amp;y</source>
        <translation>查看历史(&amp;Y)</translation>
    </message>
    <message>
        <source>Opening your history…</source>
        <translation>正在打开您的历史记录…</translation>
    </message>
    <message>
        <source>Your last routine will be here after your first session.</source>
        <translation>完成第一次按压后，您上次的方案会显示在这里。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name}: {steps} steps, about {minutes} min</source>
        <translation>{name}：{steps} 步，约 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{name}  ({steps} steps)</source>
        <translation>{name}（{steps} 步）</translation>
    </message>
    <message>
        <source>None yet: save one from the planner.</source>
        <translation>还没有：请在方案页面保存一个。</translation>
    </message>
    <message>
        <source>No sessions yet today.</source>
        <translation>今天还没有按压记录。</translation>
    </message>
    <message>
        <source>{time}  {what}: pain {before} → {after}</source>
        <translation>{time}  {what}：疼痛 {before} → {after}</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>两侧</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>不分左右</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>记录一次按压</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>不适</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst pain imaginable</source>
        <translation>0 = 不痛，10 = 能想象到的最剧烈疼痛</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>What hurt:</source>
        <translation>哪里痛：</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>侧：</translation>
    </message>
    <message>
        <source>Pain before (0-10):</source>
        <translation>按压前疼痛（0-10）：</translation>
    </message>
    <message>
        <source>Pain after (0-10):</source>
        <translation>按压后疼痛（0-10）：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>How long:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Acupress</source>
        <translation>Acupress</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;Atlas</source>
        <translation>图谱(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Planner</source>
        <translation>方案(&amp;P)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>历史(&amp;S)</translation>
    </message>
    <message>
        <source>{points} points · {symptoms} symptoms · works offline</source>
        <translation>{points} 个穴位 · {symptoms} 种不适 · 离线可用</translation>
    </message>
    <message>
        <source>{count} unfinished session(s) were saved as interrupted; their steps are kept.</source>
        <translation>{count} 次未完成的按压已保存为“中断”；其步骤均已保留。</translation>
    </message>
    <message>
        <source>{points} points · works offline</source>
        <translation>{points} 个穴位 · 离线可用</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>偏好设置(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>主页(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Log a session done elsewhere…</source>
        <translation>记录一次在别处完成的按压(&amp;L)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>The routine shown in the planner, as a printable sheet</source>
        <translation>方案页面中显示的方案，作为可打印的表单</translation>
    </message>
    <message>
        <source>&amp;Report for a clinician…</source>
        <translation>给医生的报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Export sessions as &amp;CSV…</source>
        <translation>将记录导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back up all data (JSON)…</source>
        <translation>备份全部数据（JSON）(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import backup or CSV…</source>
        <translation>导入备份或 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Finding points and shortcuts</source>
        <translation>找穴方法和快捷键(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Safety and disclaimer…</source>
        <translation>安全须知与免责声明(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Acupress</source>
        <translation>关于 Acupress(&amp;A)</translation>
    </message>
    <message>
        <source>Session discarded: nothing was kept.</source>
        <translation>已放弃本次按压：没有保留任何内容。</translation>
    </message>
    <message>
        <source>Session saved to your history.</source>
        <translation>本次按压已保存到您的历史记录。</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Name for this routine:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <source>Saved to your history. Routine saved as “{name}”.</source>
        <translation>已保存到您的历史记录。方案已保存为“{name}”。</translation>
    </message>
    <message>
        <source>Routine sheet</source>
        <translation>方案表单</translation>
    </message>
    <message>
        <source>Sessions and steps (CSV)</source>
        <translation>记录和步骤（CSV）</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Session logged.</source>
        <translation>已记录本次按压。</translation>
    </message>
    <message>
        <source>Every complaint has its own warning signs. The planner shows them above a routine and the printed sheet carries them. If you have one of them, stop and get medical help as it says, rather than pressing.</source>
        <translation>每种不适都有各自的警示信号。方案页面会在按压方案上方列出，打印的方案表上也有。如果您出现其中任何一种，请停止按压，并按提示就医。</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Safety and warning signs</source>
        <translation>安全与警示信号</translation>
    </message>
    <message>
        <source>Acupress guides you through short acupressure routines at your desk and keeps a private pain diary on this computer. It sends nothing anywhere.</source>
        <translation>Acupress 引导您在办公桌前完成简短的指压方案，并在这台电脑上保存一份私人疼痛日记。它不会向任何地方发送数据。</translation>
    </message>
    <message>
        <source>It is self-care, not medical advice: it does not diagnose or treat illness and does not replace your doctor.</source>
        <translation>它是自我护理，不是医疗建议：它不能诊断或治疗疾病，也不能取代您的医生。</translation>
    </message>
    <message>
        <source>Stop and get medical help for new bladder or bowel problems, numbness around the genitals or inner thighs, pain or weakness in both legs, or weakness that is getting worse.</source>
        <translation>如果新出现膀胱或肠道问题、生殖器或大腿内侧周围麻木、双腿疼痛或无力，或无力不断加重，请停止按压并寻求医疗帮助。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Welcome to Acupress</source>
        <translation>欢迎使用 Acupress</translation>
    </message>
    <message>
        <source>Warning signs.</source>
        <translation>危险信号。</translation>
    </message>
    <message>
        <source>Could you be pregnant?</source>
        <translation>您是否可能怀孕了？</translation>
    </message>
    <message>
        <source>&amp;Yes, or I might be</source>
        <translation>是，或可能是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Some points are best avoided in pregnancy; with “yes” the planner leaves them out. You can change this answer in Preferences at any time.</source>
        <translation>有些穴位在孕期最好避免；选择“是”后，方案会省略这些穴位。您随时可以在偏好设置中更改这个回答。</translation>
    </message>
    <message>
        <source>&amp;Start using Acupress</source>
        <translation>开始使用 Acupress(&amp;S)</translation>
    </message>
    <message>
        <source>About Acupress</source>
        <translation>关于 Acupress</translation>
    </message>
    <message>
        <source>Guided acupressure at the desk.</source>
        <translation>在办公桌前进行引导式指压。</translation>
    </message>
    <message>
        <source>The body pictures are drawn from the MakeHuman base mesh (MakeHuman Community, CC0 1.0) with bones from MyoSuite&apos;s myo-sim models (Apache License 2.0).</source>
        <translation>人体图片根据 MakeHuman 基础网格（MakeHuman Community，CC0 1.0）绘制，骨骼取自 MyoSuite 的 myo-sim 模型（Apache License 2.0）。</translation>
    </message>
    <message>
        <source>Your data is kept on this computer in:</source>
        <translation>您的数据保存在这台电脑上：</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>左侧(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>右侧(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Both sides</source>
        <translation>两侧(&amp;B)</translation>
    </message>
    <message>
        <source>What hurts?</source>
        <translation>哪里痛？</translation>
    </message>
    <message>
        <source>Filter symptoms…</source>
        <translation>筛选不适……</translation>
    </message>
    <message>
        <source>Filter symptoms</source>
        <translation>筛选不适</translation>
    </message>
    <message>
        <source>Where and how</source>
        <translation>位置和方式</translation>
    </message>
    <message>
        <source>Side of the pain:</source>
        <translation>疼痛的一侧：</translation>
    </message>
    <message>
        <source>I am pre&amp;gnant</source>
        <translation>我怀孕了(&amp;G)</translation>
    </message>
    <message>
        <source>I take blood thinners or have a bleeding disorder</source>
        <translation>我在服用抗凝血药或患有出血性疾病</translation>
    </message>
    <message>
        <source>I have &amp;varicose veins in my legs</source>
        <translation>我的腿有静脉曲张(&amp;V)</translation>
    </message>
    <message>
        <source>Do not press on:</source>
        <translation>不要按压：</translation>
    </message>
    <message>
        <source>Minutes available</source>
        <translation>可用分钟数</translation>
    </message>
    <message>
        <source>Time available:</source>
        <translation>可用时间：</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>仅左侧</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>仅右侧</translation>
    </message>
    <message>
        <source>Areas to avoid</source>
        <translation>要避开的部位</translation>
    </message>
    <message>
        <source>Never press over broken skin, a bruise, swelling, a cast or varicose veins</source>
        <translation>切勿按压破损的皮肤、瘀伤、肿胀处、石膏固定处或静脉曲张处</translation>
    </message>
    <message>
        <source>{region} ({side})</source>
        <translation>{region}（{side}）</translation>
    </message>
    <message>
        <source> (both sides)</source>
        <translation>（两侧）</translation>
    </message>
    <message>
        <source> ({side} only)</source>
        <translation>（仅{side}）</translation>
    </message>
    <message>
        <source>Warning signs: tick any that apply to you</source>
        <translation>危险信号：勾选任何符合您情况的项目</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>危险信号</translation>
    </message>
    <message>
        <source>Nothing to avoid</source>
        <translation>无需避开</translation>
    </message>
    <message>
        <source>A routine needs a name.</source>
        <translation>方案需要一个名称。</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>打开(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save rou&amp;tine…</source>
        <translation>保存方案(&amp;T)…</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>保存更改(&amp;C)</translation>
    </message>
    <message>
        <source>Keep the edits in the saved routine</source>
        <translation>将修改保存到已保存的方案中</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>开始按压</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edited routine is kept.&lt;/b&gt; It no longer follows the settings on the left; change a setting again and choose Rebuild to plan afresh.</source>
        <translation>&lt;b&gt;您修改过的方案已保留。&lt;/b&gt;它不再遵循左侧的设置；再次更改设置并选择“重建”即可重新制定。</translation>
    </message>
    <message>
        <source>Pick what hurts to see a routine.</source>
        <translation>选择哪里痛，即可看到方案。</translation>
    </message>
    <message>
        <source>Say which side hurts: left, right or both.</source>
        <translation>请说明哪一侧痛：左侧、右侧还是两侧。</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Rebuild the routine?</source>
        <translation>重建方案？</translation>
    </message>
    <message>
        <source>You changed the steps by hand. Rebuild the routine for the new settings? Your changes will be lost.</source>
        <translation>您手动修改了步骤。要按新设置重建方案吗？您的修改将会丢失。</translation>
    </message>
    <message>
        <source>Open routine</source>
        <translation>打开方案</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Delete this saved routine?</source>
        <translation>删除这个已保存的方案？</translation>
    </message>
    <message>
        <source>Routine steps</source>
        <translation>方案步骤</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected step up (Ctrl+Up)</source>
        <translation>上移所选步骤（Ctrl+Up）</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected step down (Ctrl+Down)</source>
        <translation>下移所选步骤（Ctrl+Down）</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>删除所选步骤（Delete）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds for the selected step</source>
        <translation>所选步骤的秒数</translation>
    </message>
    <message>
        <source>Seconds:</source>
        <translation>秒数：</translation>
    </message>
    <message>
        <source>No routine this time: please read this first</source>
        <translation>这次不提供方案：请先阅读以下内容</translation>
    </message>
    <message>
        <source>{steps} steps · {time} of {minutes} min</source>
        <translation>{steps} 步 · {time}，共 {minutes} 分钟</translation>
    </message>
    <message>
        <source> (over the time you set)</source>
        <translation>（超出您设定的时间）</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>已省略</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <source>{low}-{high} seconds for this point</source>
        <translation>此穴位 {low}-{high} 秒</translation>
    </message>
    <message>
        <source>Acupress routine</source>
        <translation>Acupress 方案</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
    <message>
        <source>Export routine sheet</source>
        <translation>导出方案表单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Report for a clinician</source>
        <translation>给医生的报告</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>The report lists the sessions, the pain chart, the points used and the disclaimer.</source>
        <translation>报告列出各次记录、疼痛图表、使用的穴位和免责声明。</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>引导式按压</translation>
    </message>
    <message>
        <source>Compact session</source>
        <translation>精简窗口</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>暂停或继续（空格键）</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>跳过 ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>完整窗口</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>本步骤剩余时间</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>，已暂停</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>不痛</translation>
    </message>
    <message>
        <source>worst pain imaginable</source>
        <translation>能想象到的最剧烈疼痛</translation>
    </message>
    <message>
        <source>, {words}</source>
        <translation>，{words}</translation>
    </message>
    <message>
        <source>Pain {value}</source>
        <translation>疼痛 {value}</translation>
    </message>
    <message>
        <source>Tip: type a number, 0 to 9, or click; 10 with the button.</source>
        <translation>提示：输入数字 0 到 9，或点击；10 请用按钮。</translation>
    </message>
    <message>
        <source>&amp;Discard this session</source>
        <translation>放弃本次按压(&amp;D)</translation>
    </message>
    <message>
        <source>Nothing was pressed and no score given: leave no entry in your history</source>
        <translation>没有按压任何穴位，也没有评分：不在历史记录中留下条目</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>跳过这个问题</translation>
    </message>
    <message>
        <source>Nothing is stored for the score (it is not counted as 0)</source>
        <translation>不为评分保存任何内容（不会算作0分）</translation>
    </message>
    <message>
        <source>Where to press</source>
        <translation>按压位置</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Restart this step</source>
        <translation>重新开始本步骤</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>停止按压</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>第 {number} 步，共 {count} 步</translation>
    </message>
    <message>
        <source>Next: {point} — {side}, {time}</source>
        <translation>下一步：{point} — {side}，{time}</translation>
    </message>
    <message>
        <source>Next: the end of the routine</source>
        <translation>下一步：方案结束</translation>
    </message>
    <message>
        <source>{time} left in the routine</source>
        <translation>方案剩余 {time}</translation>
    </message>
    <message>
        <source>How did it go? (optional, saved with the session)</source>
        <translation>感觉如何？（可选，与本次按压一起保存）</translation>
    </message>
    <message>
        <source>Note for this session</source>
        <translation>本次按压的备注</translation>
    </message>
    <message>
        <source>Save &amp;routine…</source>
        <translation>保存方案(&amp;R)…</translation>
    </message>
    <message>
        <source>Keep this routine to start it again from Home or the planner</source>
        <translation>保存这个方案，以便从主页或方案页面再次开始</translation>
    </message>
    <message>
        <source>&amp;Print this routine…</source>
        <translation>打印这个方案(&amp;P)…</translation>
    </message>
    <message>
        <source>A sheet to keep by the desk: each point, where to find it, safety notes</source>
        <translation>放在办公桌旁的表单：每个穴位、如何找到它、安全须知</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>按压已停止</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>做得好</translation>
    </message>
    <message>
        <source>Saved to your history.</source>
        <translation>已保存到您的历史记录。</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Pain right now, from 0 to 10:</source>
        <translation>现在的疼痛，0 到 10：</translation>
    </message>
    <message>
        <source>Anything to note? (optional)</source>
        <translation>有什么要记下的吗？（可选）</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>How do you feel? (optional)</source>
        <translation>您感觉如何？（可选）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Your routine: {steps} steps, {time}</source>
        <translation>您的方案：{steps} 步，{time}</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>上一步（左方向键）</translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation>下一步（右方向键）</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 秒</translation>
    </message>
    <message>
        <source>Add 30 seconds to this step (+)</source>
        <translation>本步骤增加30秒（+）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End the session now (Esc)</source>
        <translation>立即结束本次按压（Esc）</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>精简</translation>
    </message>
    <message>
        <source>A small window that stays on top (C)</source>
        <translation>始终置顶的小窗口（C）</translation>
    </message>
    <message>
        <source>No sound device</source>
        <translation>没有声音设备</translation>
    </message>
    <message>
        <source>This computer has no sound output, so the session runs silently</source>
        <translation>这台电脑没有声音输出，因此按压过程中没有声音</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>声音已关</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>声音已开</translation>
    </message>
    <message>
        <source>Mute or unmute the sounds (M)</source>
        <translation>静音或取消静音（M）</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>停止按压？</translation>
    </message>
    <message>
        <source>Stop the session now? The steps you finished are kept in your history.</source>
        <translation>现在停止按压吗？您已完成的步骤会保留在历史记录中。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>继续按压(&amp;K)</translation>
    </message>
    <message>
        <source>Before the session your pain was {score} out of 10.</source>
        <translation>按压前您的疼痛是 {score} 分（满分10分）。</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未进行</translation>
    </message>
    <message>
        <source>skipped after {time}</source>
        <translation>{time} 后跳过</translation>
    </message>
    <message>
        <source>done, {time}</source>
        <translation>已完成，{time}</translation>
    </message>
    <message>
        <source>Your computer slept or its clock changed ({minutes} min). The session paused: resume, restart this step, or stop?</source>
        <translation>您的电脑进入了睡眠或时钟发生了变化（{minutes} 分钟）。按压已暂停：继续、重新开始本步骤，还是停止？</translation>
    </message>
    <message>
        <source>Opening {page}…</source>
        <translation>正在打开{page}…</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>正在打开您的数据</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>正在打开您的数据…</translation>
    </message>
    <message>
        <source>an unexpected error while opening your data ({error})</source>
        <translation>打开您的数据时发生意外错误（{error}）</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>保存出现问题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Your desktop shows no system tray, so reminders appear as a banner in the Acupress window while it is open.</source>
        <translation>您的桌面没有系统托盘，因此在 Acupress 窗口打开时，提醒会以横幅的形式显示在窗口中。</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Reminders show as a desktop notification from the Acupress icon in the system tray; click it to start.</source>
        <translation>提醒会以桌面通知的形式从系统托盘中的 Acupress 图标弹出；点击即可开始。</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>外观(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>Minutes for a new routine</source>
        <translation>新方案的分钟数</translation>
    </message>
    <message>
        <source>&amp;Minutes for a new routine:</source>
        <translation>新方案的分钟数(&amp;M)：</translation>
    </message>
    <message>
        <source>Play a &amp;sound at each change of step</source>
        <translation>每换一步时播放提示音(&amp;S)</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>音量(&amp;V)：</translation>
    </message>
    <message>
        <source>I &amp;could be pregnant</source>
        <translation>我可能怀孕了(&amp;C)</translation>
    </message>
    <message>
        <source>The planner starts with its pregnancy box ticked and leaves out points to avoid.</source>
        <translation>方案页面会默认勾选怀孕选项，并省略应避免的穴位。</translation>
    </message>
    <message>
        <source>The planner starts with this answer; you can still change it there for one routine.</source>
        <translation>方案页面会以这个回答开始；您仍可以在那里为单个方案更改。</translation>
    </message>
    <message>
        <source>for example 9:00, 14:30 (empty: no reminders)</source>
        <translation>例如 9:00, 14:30（留空：不提醒）</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Remind me &amp;at:</source>
        <translation>提醒时间(&amp;A)：</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Only on days with no session logged yet. Snooze gives you 10 more minutes; a time missed while the computer slept is shown once if it was recent, never as a pile of reminders.</source>
        <translation>只在当天还没有按压记录时提醒。稍后提醒会再给您10分钟；电脑睡眠期间错过的提醒如果是最近的，只会显示一次，绝不会一下子弹出一堆提醒。</translation>
    </message>
    <message>
        <source>S&amp;tart Acupress when I log in</source>
        <translation>登录时启动 Acupress(&amp;T)</translation>
    </message>
    <message>
        <source>Not available on this system yet.</source>
        <translation>此系统暂不支持。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reduce motion (no zoom animations)</source>
        <translation>减少动画（不使用缩放动画）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time Acupress starts.</source>
        <translation>新的语言将在下次启动 Acupress 时生效。</translation>
    </message>
    <message>
        <source>Your sessions, routines and these preferences are kept on this computer in:</source>
        <translation>您的按压记录、方案和这些偏好设置保存在这台电脑上：</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Backups kept on this computer (File &gt; Restore from a backup… puts one back):</source>
        <translation>保存在这台电脑上的备份（“文件 &gt; 从备份恢复…”可恢复其中一份）：</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Time for your acupressure routine</source>
        <translation>该做指压了</translation>
    </message>
    <message>
        <source>A few minutes of pressure now. Click to start your routine.</source>
        <translation>现在花几分钟按压一下。点击开始您的方案。</translation>
    </message>
    <message>
        <source>Your reminders will still come. To quit, use Quit in the menu of this icon.</source>
        <translation>提醒仍会照常出现。要退出，请使用此图标菜单中的“退出”。</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>A few minutes of pressure now?</source>
        <translation>现在花几分钟按压一下吗？</translation>
    </message>
    <message>
        <source>Start my &amp;routine</source>
        <translation>开始我的方案(&amp;R)</translation>
    </message>
    <message>
        <source>Snooze &amp;10 minutes</source>
        <translation>10分钟后再提醒(&amp;1)</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>现在不要(&amp;N)</translation>
    </message>
    <message>
        <source>Start my routine</source>
        <translation>开始我的方案</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>10分钟后再提醒</translation>
    </message>
    <message>
        <source>Snooze reminders for today</source>
        <translation>今天不再提醒</translation>
    </message>
    <message>
        <source>Acupress is still running</source>
        <translation>Acupress 仍在运行</translation>
    </message>
</context>
</TS>
