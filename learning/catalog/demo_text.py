# ruff: noqa: E501 -- whole sentences in seven languages read better unbroken.
"""The texts of the catalog's demo, in every language (written for the demo, in our own words).

Thirty offerings are ten topics, each offered in three formats: an offering's title is its topic and
its format, its summary the topic's, its description the format's paragraph, and how it meets each
standard one sentence per standard.
"""

from home.demo.spec import RichText, Text

CATALOG_SLUG = "professional-learning-catalog"
CATALOG_TITLE = Text(
    en="Professional learning catalog",
    es="Catálogo de aprendizaje profesional",
    ht="Katalòg fòmasyon pwofesyonèl",
    pt="Catálogo de formação profissional",
    vi="Danh mục học tập chuyên môn",
    zh="专业学习目录",
    ar="دليل التعلم المهني",
)
CATALOG_INTRO = RichText(
    Text(
        en="Workshops, study groups, coaching cycles and courses led by educators, for educators. Every offering says which standards of our resolution it meets.",
        es="Talleres, grupos de estudio, ciclos de acompañamiento y cursos dirigidos por educadores, para educadores. Cada oferta indica qué estándares de nuestra resolución cumple.",
        ht="Atelye, gwoup etid, sik akonpayman ak kou edikatè dirije pou edikatè. Chak òf di ki estanda rezolisyon nou an li respekte.",
        pt="Oficinas, grupos de estudo, ciclos de acompanhamento e cursos conduzidos por educadores, para educadores. Cada oferta diz quais padrões da nossa resolução atende.",
        vi="Hội thảo, nhóm học tập, chu kỳ huấn luyện và khóa học do nhà giáo dẫn dắt, dành cho nhà giáo. Mỗi chương trình cho biết nó đáp ứng những tiêu chuẩn nào trong nghị quyết của chúng tôi.",
        zh="由教育工作者带领、为教育工作者开设的工作坊、学习小组、辅导周期和课程。每项课程都注明它符合我们决议中的哪些标准。",
        ar="ورش عمل ومجموعات دراسة ودورات توجيه ومساقات يقودها معلمون من أجل المعلمين. كل عرض يبيّن معايير قرارنا التي يستوفيها.",
    )
)

# Format code -> the word used in titles.
FORMAT_WORDS = {
    "workshop": Text(en="workshop", es="taller", ht="atelye", pt="oficina", vi="hội thảo", zh="工作坊", ar="ورشة عمل"),
    "course": Text(en="course", es="curso", ht="kou", pt="curso", vi="khóa học", zh="课程", ar="مساق"),
    "study-group": Text(
        en="study group",
        es="grupo de estudio",
        ht="gwoup etid",
        pt="grupo de estudo",
        vi="nhóm học tập",
        zh="学习小组",
        ar="مجموعة دراسة",
    ),
    "coaching-cycle": Text(
        en="coaching cycle",
        es="ciclo de acompañamiento",
        ht="sik akonpayman",
        pt="ciclo de acompanhamento",
        vi="chu kỳ huấn luyện",
        zh="辅导周期",
        ar="دورة توجيه",
    ),
    "lab-classroom": Text(
        en="lab classroom",
        es="aula laboratorio",
        ht="klas laboratwa",
        pt="sala de aula laboratório",
        vi="lớp học thực nghiệm",
        zh="示范课堂",
        ar="فصل تجريبي",
    ),
    "conference": Text(
        en="conference", es="congreso", ht="konferans", pt="congresso", vi="hội nghị", zh="研讨会", ar="مؤتمر"
    ),
}

# Format code -> the description's paragraph.
FORMAT_PARAGRAPHS = {
    "workshop": Text(
        en="An afternoon of hands-on practice: we try the strategies ourselves, then plan how to use them next week.",
        es="Una tarde de práctica: probamos las estrategias nosotros mismos y luego planeamos cómo usarlas la próxima semana.",
        ht="Yon apremidi pratik: nou eseye estrateji yo nou menm, epi nou planifye kijan pou nou sèvi avè yo semèn pwochèn.",
        pt="Uma tarde de prática: experimentamos as estratégias nós mesmos e depois planejamos como usá-las na próxima semana.",
        vi="Một buổi chiều thực hành: chúng ta tự thử các chiến lược, rồi lên kế hoạch áp dụng vào tuần sau.",
        zh="一个下午的动手实践：我们先亲自尝试这些策略，再计划下周如何使用。",
        ar="بعد ظهر من التطبيق العملي: نجرّب الاستراتيجيات بأنفسنا ثم نخطط لاستخدامها في الأسبوع التالي.",
    ),
    "course": Text(
        en="A course over several weeks, with readings, practice between sessions and a final project drawn from your own class.",
        es="Un curso de varias semanas, con lecturas, práctica entre sesiones y un proyecto final basado en su propia clase.",
        ht="Yon kou sou plizyè semèn, ak lekti, pratik ant seyans yo ak yon pwojè final ki soti nan pwòp klas ou.",
        pt="Um curso de várias semanas, com leituras, prática entre os encontros e um projeto final tirado da sua própria turma.",
        vi="Một khóa học kéo dài vài tuần, có bài đọc, thực hành giữa các buổi và một dự án cuối khóa từ chính lớp học của bạn.",
        zh="为期数周的课程，包括阅读、课间实践，以及一个来自你自己班级的期末项目。",
        ar="مساق على مدى عدة أسابيع، فيه قراءات وتطبيق بين اللقاءات ومشروع ختامي مأخوذ من صفك أنت.",
    ),
    "study-group": Text(
        en="A small group of colleagues who meet regularly, bring student work and questions, and decide together what to try next.",
        es="Un grupo pequeño de colegas que se reúne con regularidad, trae trabajos de estudiantes y preguntas, y decide en conjunto qué probar.",
        ht="Yon ti gwoup kolèg ki rankontre regilyèman, ki pote travay elèv ak kesyon, epi ki deside ansanm sa pou yo eseye apre.",
        pt="Um pequeno grupo de colegas que se reúne com regularidade, traz trabalhos de alunos e perguntas e decide em conjunto o que experimentar.",
        vi="Một nhóm nhỏ đồng nghiệp gặp nhau đều đặn, mang theo bài làm của học sinh và câu hỏi, rồi cùng quyết định sẽ thử gì tiếp theo.",
        zh="一小群同事定期聚会，带来学生作业和问题，共同决定下一步尝试什么。",
        ar="مجموعة صغيرة من الزملاء تلتقي بانتظام، وتحضر أعمال الطلاب وأسئلتهم، وتقرر معًا ما ستجربه بعد ذلك.",
    ),
    "coaching-cycle": Text(
        en="A coach plans a lesson with you, watches it, and talks it over with you afterwards, three times over the cycle.",
        es="Una persona de acompañamiento planifica una clase con usted, la observa y la comenta después, tres veces durante el ciclo.",
        ht="Yon antrenè planifye yon leson avè w, li gade l, epi li pale sou li avè w apre, twa fwa pandan sik la.",
        pt="Uma pessoa de acompanhamento planeja uma aula com você, a observa e conversa sobre ela depois, três vezes ao longo do ciclo.",
        vi="Một người huấn luyện cùng bạn soạn bài, dự giờ và trao đổi lại sau đó, ba lần trong suốt chu kỳ.",
        zh="辅导员与你一起备课、观课，并在课后与你讨论，整个周期共进行三次。",
        ar="يخطط معك موجّه درسًا ويحضره ثم يناقشه معك بعد ذلك، ثلاث مرات خلال الدورة.",
    ),
    "lab-classroom": Text(
        en="Visit a colleague's classroom while they teach, notice what students do, then debrief and plan your own try.",
        es="Visite el aula de un colega mientras enseña, observe lo que hacen los estudiantes y luego conversen y planifiquen su propio intento.",
        ht="Vizite klas yon kolèg pandan l ap anseye, remake sa elèv yo fè, epi apre nou pale ansanm epi planifye pwòp esè pa ou.",
        pt="Visite a sala de um colega enquanto ele ensina, observe o que os alunos fazem e depois conversem e planejem a sua própria tentativa.",
        vi="Đến lớp học của một đồng nghiệp khi họ đang dạy, quan sát học sinh làm gì, rồi cùng rút kinh nghiệm và lên kế hoạch cho lần thử của bạn.",
        zh="在同事授课时走进其课堂，观察学生的表现，然后进行讨论并规划你自己的尝试。",
        ar="زر صف زميل أثناء تدريسه، ولاحظ ما يفعله الطلاب، ثم ناقشا ما رأيتما وخطط لتجربتك الخاصة.",
    ),
    "conference": Text(
        en="A day of sessions led by members, where educators share what worked in their classrooms and what they learned from it.",
        es="Un día de sesiones dirigidas por miembros, en el que educadores comparten lo que funcionó en sus aulas y lo que aprendieron.",
        ht="Yon jounen seyans manm yo dirije, kote edikatè pataje sa ki te mache nan klas yo ak sa yo te aprann.",
        pt="Um dia de sessões conduzidas por membros, em que educadores compartilham o que funcionou nas suas salas e o que aprenderam.",
        vi="Một ngày gồm các phiên do thành viên dẫn dắt, nơi nhà giáo chia sẻ điều đã hiệu quả trong lớp học và những gì họ học được.",
        zh="由会员主持的一整天分组会议，教育工作者分享在课堂上行之有效的做法和从中学到的东西。",
        ar="يوم من الجلسات يقودها أعضاء، يشارك فيه المعلمون ما نجح في صفوفهم وما تعلموه منه.",
    ),
}

# Standard code -> how the demo offerings meet it.
HOW = {
    "relevant": Text(
        en="Everything we practise is tried in your own classroom between sessions.",
        es="Todo lo que practicamos se prueba en su propia aula entre sesiones.",
        ht="Tout sa nou pratike, ou eseye l nan pwòp klas ou ant seyans yo.",
        pt="Tudo o que praticamos é experimentado na sua própria sala entre os encontros.",
        vi="Mọi điều chúng ta thực hành đều được thử trong chính lớp học của bạn giữa các buổi.",
        zh="我们练习的一切都会在两次活动之间于你自己的课堂上尝试。",
        ar="كل ما نتدرب عليه يُجرَّب في صفك أنت بين اللقاءات.",
    ),
    "inquiry": Text(
        en="We start from a question you bring and look at student work together.",
        es="Partimos de una pregunta que usted trae y miramos juntos trabajos de estudiantes.",
        ht="Nou kòmanse ak yon kesyon ou pote epi nou gade travay elèv ansanm.",
        pt="Partimos de uma pergunta que você traz e olhamos juntos trabalhos de alunos.",
        vi="Chúng ta bắt đầu từ câu hỏi bạn mang đến và cùng xem xét bài làm của học sinh.",
        zh="我们从你带来的问题出发，一起研究学生作业。",
        ar="نبدأ من سؤال تحمله أنت وننظر معًا في أعمال الطلاب.",
    ),
    "continuous": Text(
        en="It runs over several months, with support in your classroom in between.",
        es="Dura varios meses, con apoyo en su aula entre una sesión y otra.",
        ht="Li dire plizyè mwa, ak sipò nan klas ou ant seyans yo.",
        pt="Dura vários meses, com apoio na sua sala entre um encontro e outro.",
        vi="Chương trình kéo dài nhiều tháng, có hỗ trợ ngay trong lớp học của bạn giữa các buổi.",
        zh="持续数月，期间在你的课堂上提供支持。",
        ar="يمتد عدة أشهر، مع دعم في صفك بين اللقاءات.",
    ),
    "educator-led": Text(
        en="Classroom teachers from our schools facilitate it.",
        es="Lo facilitan docentes de aula de nuestras escuelas.",
        ht="Se pwofesè klas nan lekòl nou yo ki anime l.",
        pt="É facilitado por professores de sala de aula das nossas escolas.",
        vi="Do chính các giáo viên đứng lớp ở trường chúng ta điều phối.",
        zh="由我们学校的一线教师主持。",
        ar="يديره معلمو صفوف من مدارسنا.",
    ),
    "adult-learning": Text(
        en="We learn as a group, in a space where it is safe to try and to make mistakes.",
        es="Aprendemos en grupo, en un espacio donde es seguro intentar y equivocarse.",
        ht="Nou aprann an gwoup, nan yon espas kote li an sekirite pou eseye epi fè erè.",
        pt="Aprendemos em grupo, num espaço onde é seguro tentar e errar.",
        vi="Chúng ta học cùng nhau, trong một không gian an toàn để thử và để mắc lỗi.",
        zh="我们以小组方式学习，在一个可以放心尝试和犯错的环境里。",
        ar="نتعلم جماعةً، في مكان آمن للتجربة والخطأ.",
    ),
    "documented": Text(
        en="Each participant writes a closing reflection and shares one piece of evidence with colleagues.",
        es="Cada participante escribe una reflexión final y comparte una evidencia con sus colegas.",
        ht="Chak patisipan ekri yon refleksyon final epi pataje yon prèv ak kolèg li yo.",
        pt="Cada participante escreve uma reflexão final e compartilha uma evidência com os colegas.",
        vi="Mỗi người tham gia viết một bài suy ngẫm cuối khóa và chia sẻ một minh chứng với đồng nghiệp.",
        zh="每位参与者撰写一篇结业反思，并与同事分享一份学习成果。",
        ar="يكتب كل مشارك تأملًا ختاميًا ويشارك زملاءه بدليل واحد على تعلمه.",
    ),
}

# Ten topics: (key, title, summary, subjects, grade bands).
TOPICS = [
    (
        "reading-conferences",
        Text(
            en="Reading conferences",
            es="Conferencias de lectura",
            ht="Konferans lekti",
            pt="Conferências de leitura",
            vi="Trao đổi đọc cá nhân",
            zh="阅读面谈",
            ar="لقاءات القراءة الفردية",
        ),
        Text(
            en="Short one-on-one talks that move each reader forward.",
            es="Conversaciones breves e individuales que hacen avanzar a cada lector.",
            ht="Ti konvèsasyon youn ak youn ki fè chak lektè avanse.",
            pt="Conversas breves e individuais que fazem cada leitor avançar.",
            vi="Những cuộc trò chuyện ngắn một-một giúp từng em đọc tiến bộ.",
            zh="简短的一对一交流，帮助每位读者进步。",
            ar="أحاديث فردية قصيرة تدفع كل قارئ إلى الأمام.",
        ),
        ["english", "general"],
        ["early", "elementary"],
    ),
    (
        "math-talk",
        Text(
            en="Math talk",
            es="Conversación matemática",
            ht="Diskisyon matematik",
            pt="Conversa matemática",
            vi="Thảo luận toán học",
            zh="数学对话",
            ar="الحوار الرياضي",
        ),
        Text(
            en="Number talks and problem solving where students explain their thinking.",
            es="Charlas numéricas y resolución de problemas donde los estudiantes explican su razonamiento.",
            ht="Diskisyon sou chif ak rezolisyon pwoblèm kote elèv yo esplike jan yo reflechi.",
            pt="Conversas numéricas e resolução de problemas em que os alunos explicam o seu raciocínio.",
            vi="Thảo luận về con số và giải quyết vấn đề, nơi học sinh giải thích cách suy nghĩ của mình.",
            zh="数字讨论与问题解决，让学生讲出自己的思路。",
            ar="نقاشات حول الأعداد وحل المسائل يشرح فيها الطلاب طريقة تفكيرهم.",
        ),
        ["math"],
        ["elementary", "middle"],
    ),
    (
        "science-inquiry",
        Text(
            en="Science inquiry",
            es="Indagación científica",
            ht="Rechèch syantifik",
            pt="Investigação científica",
            vi="Khám phá khoa học",
            zh="科学探究",
            ar="الاستقصاء العلمي",
        ),
        Text(
            en="Investigations students design themselves, from question to claim and evidence.",
            es="Investigaciones que diseñan los propios estudiantes, de la pregunta a la conclusión y la evidencia.",
            ht="Envestigasyon elèv yo konsevwa tèt yo, depi kesyon rive nan konklizyon ak prèv.",
            pt="Investigações que os próprios alunos planejam, da pergunta à conclusão e às evidências.",
            vi="Những cuộc điều tra do học sinh tự thiết kế, từ câu hỏi đến kết luận và bằng chứng.",
            zh="由学生自己设计的探究活动，从提出问题到得出结论和证据。",
            ar="تحقيقات يصممها الطلاب بأنفسهم، من السؤال إلى الاستنتاج والدليل.",
        ),
        ["science"],
        ["middle", "high"],
    ),
    (
        "english-learners",
        Text(
            en="Teaching English learners",
            es="Enseñar a estudiantes de inglés",
            ht="Anseye elèv k ap aprann angle",
            pt="Ensinar alunos de inglês",
            vi="Dạy học sinh học tiếng Anh",
            zh="英语学习者教学",
            ar="تعليم متعلمي الإنجليزية",
        ),
        Text(
            en="Language supports that keep every lesson open to students learning English.",
            es="Apoyos lingüísticos para que cada clase sea accesible a quienes aprenden inglés.",
            ht="Sipò lang pou chak leson rete louvri pou elèv k ap aprann angle.",
            pt="Apoios linguísticos para que cada aula seja acessível a quem aprende inglês.",
            vi="Những hỗ trợ ngôn ngữ giúp mọi bài học luôn mở với học sinh đang học tiếng Anh.",
            zh="语言支持策略，让每节课都向英语学习者敞开。",
            ar="دعائم لغوية تُبقي كل درس في متناول الطلاب الذين يتعلمون الإنجليزية.",
        ),
        ["esl", "english"],
        ["elementary", "middle", "high"],
    ),
    (
        "inclusive-classrooms",
        Text(
            en="Inclusive classrooms",
            es="Aulas inclusivas",
            ht="Klas enklizif",
            pt="Salas inclusivas",
            vi="Lớp học hòa nhập",
            zh="融合课堂",
            ar="الصفوف الدامجة",
        ),
        Text(
            en="Co-teaching and universal design so students with disabilities learn alongside their classmates.",
            es="Coenseñanza y diseño universal para que estudiantes con discapacidad aprendan junto a sus compañeros.",
            ht="Ko-ansèyman ak konsepsyon inivèsèl pou elèv ki gen andikap aprann ansanm ak kamarad yo.",
            pt="Coensino e desenho universal para que alunos com deficiência aprendam junto com os colegas.",
            vi="Đồng giảng dạy và thiết kế phổ quát để học sinh khuyết tật học cùng các bạn.",
            zh="协同教学与通用设计，让残障学生与同学一起学习。",
            ar="التدريس المشترك والتصميم الشامل ليتعلم الطلاب ذوو الإعاقة مع زملائهم.",
        ),
        ["special-education", "general"],
        ["early", "elementary", "middle"],
    ),
    (
        "restorative-practices",
        Text(
            en="Restorative practices",
            es="Prácticas restaurativas",
            ht="Pratik reparasyon",
            pt="Práticas restaurativas",
            vi="Thực hành phục hồi",
            zh="修复式实践",
            ar="الممارسات التصالحية",
        ),
        Text(
            en="Circles and conversations that build community and repair harm.",
            es="Círculos y conversaciones que construyen comunidad y reparan el daño.",
            ht="Sèk ak konvèsasyon ki bati kominote epi ki repare domaj.",
            pt="Círculos e conversas que constroem comunidade e reparam danos.",
            vi="Những vòng tròn và cuộc trò chuyện xây dựng cộng đồng và hàn gắn tổn thương.",
            zh="通过圆圈对话建立社群、修复伤害。",
            ar="حلقات وحوارات تبني المجتمع وتصلح الضرر.",
        ),
        ["counseling", "general"],
        ["middle", "high"],
    ),
    (
        "civics-projects",
        Text(
            en="Civics projects",
            es="Proyectos cívicos",
            ht="Pwojè sivik",
            pt="Projetos cívicos",
            vi="Dự án giáo dục công dân",
            zh="公民实践项目",
            ar="مشاريع التربية المدنية",
        ),
        Text(
            en="Students research a problem in their neighbourhood and take action on it.",
            es="Los estudiantes investigan un problema de su barrio y actúan para resolverlo.",
            ht="Elèv yo fè rechèch sou yon pwoblèm nan katye yo epi yo aji sou li.",
            pt="Os alunos pesquisam um problema do seu bairro e agem para resolvê-lo.",
            vi="Học sinh tìm hiểu một vấn đề ở khu phố của mình và hành động để giải quyết.",
            zh="学生调查所在社区的一个问题并采取行动。",
            ar="يبحث الطلاب في مشكلة في حيّهم ويتخذون إجراءً بشأنها.",
        ),
        ["history"],
        ["middle", "high"],
    ),
    (
        "arts-integration",
        Text(
            en="Arts integration",
            es="Integración de las artes",
            ht="Entegrasyon atizay",
            pt="Integração das artes",
            vi="Tích hợp nghệ thuật",
            zh="艺术融合教学",
            ar="دمج الفنون",
        ),
        Text(
            en="Drama, music and visual art as ways into every subject.",
            es="Teatro, música y artes visuales como puertas de entrada a cada materia.",
            ht="Teyat, mizik ak atizay vizyèl kòm pòt pou antre nan chak matyè.",
            pt="Teatro, música e artes visuais como portas de entrada para cada disciplina.",
            vi="Kịch, âm nhạc và mỹ thuật như những lối vào mọi môn học.",
            zh="以戏剧、音乐和视觉艺术作为进入各学科的途径。",
            ar="المسرح والموسيقى والفنون البصرية مداخل إلى كل مادة.",
        ),
        ["arts", "general"],
        ["early", "elementary"],
    ),
    (
        "career-pathways",
        Text(
            en="Career pathways",
            es="Trayectorias profesionales",
            ht="Chemen karyè",
            pt="Trajetórias profissionais",
            vi="Lộ trình nghề nghiệp",
            zh="职业发展路径",
            ar="المسارات المهنية",
        ),
        Text(
            en="Connecting classroom learning to internships and trades in our city.",
            es="Conectar lo que se aprende en el aula con prácticas y oficios de nuestra ciudad.",
            ht="Konekte sa elèv aprann nan klas ak estaj ak metye nan vil nou an.",
            pt="Ligar o que se aprende em sala a estágios e ofícios da nossa cidade.",
            vi="Kết nối việc học trên lớp với thực tập và các ngành nghề trong thành phố.",
            zh="把课堂学习与本市的实习和职业技能联系起来。",
            ar="ربط التعلم في الصف بالتدريب العملي والمهن في مدينتنا.",
        ),
        ["career-technical"],
        ["high", "adult"],
    ),
    (
        "family-partnerships",
        Text(
            en="Family partnerships",
            es="Alianzas con las familias",
            ht="Patenarya ak fanmi",
            pt="Parcerias com as famílias",
            vi="Hợp tác với gia đình",
            zh="家校合作",
            ar="الشراكة مع الأسر",
        ),
        Text(
            en="Home visits and conferences in the family's language, built on what families know.",
            es="Visitas a casa y reuniones en el idioma de la familia, a partir de lo que las familias saben.",
            ht="Vizit lakay ak reyinyon nan lang fanmi an, ki bati sou sa fanmi yo konnen.",
            pt="Visitas domiciliares e reuniões no idioma da família, a partir do que as famílias sabem.",
            vi="Thăm nhà và họp phụ huynh bằng ngôn ngữ của gia đình, dựa trên hiểu biết của chính các gia đình.",
            zh="以家庭的语言进行家访和家长会，以家庭已有的知识为基础。",
            ar="زيارات منزلية ولقاءات بلغة الأسرة، مبنية على ما تعرفه الأسر.",
        ),
        ["general", "counseling"],
        ["early", "elementary", "middle", "high"],
    ),
]

PLACES = [
    Text.same("Union hall, 180 Main Street"),
    Text.same("Maple Street Elementary School, room 12"),
    Text.same("Eastgate High School, library"),
]

REFLECTION = Text(
    en="I tried it with my class for three weeks. The students talked more and I listened more; next I want to share what I saw with my grade team.",
    es="Lo probé con mi clase durante tres semanas. Los estudiantes hablaron más y yo escuché más; ahora quiero compartir lo que vi con mi equipo de grado.",
    ht="Mwen eseye l ak klas mwen pandan twa semèn. Elèv yo pale plis epi mwen koute plis; kounye a mwen vle pataje sa m te wè ak ekip nivo mwen an.",
    pt="Experimentei com a minha turma durante três semanas. Os alunos falaram mais e eu escutei mais; agora quero compartilhar o que vi com a minha equipe de ano.",
    vi="Tôi đã thử với lớp mình trong ba tuần. Học sinh nói nhiều hơn và tôi lắng nghe nhiều hơn; tiếp theo tôi muốn chia sẻ điều mình thấy với tổ khối.",
    zh="我在班上试了三周。学生说得更多，我听得更多；接下来我想和年级组分享我的观察。",
    ar="جرّبت ذلك مع صفي ثلاثة أسابيع. تحدث الطلاب أكثر واستمعت أكثر؛ وأريد الآن أن أشارك فريق الصف ما رأيته.",
)
