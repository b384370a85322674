"""Open bargaining: the index (the bargaining timeline) and three sessions in the autumn of 2026."""

import datetime
from zoneinfo import ZoneInfo

from home.demo.spec import PageSpec, RichText, Text, stream_blocks

from ..spec import SessionSpec

DISTRICT_TIME_ZONE = ZoneInfo("America/New_York")


def at(month, day, hour, minute=0):
    return datetime.datetime(2026, month, day, hour, minute, tzinfo=DISTRICT_TIME_ZONE)


def attendee(name, side, role):
    """Names stay as they are in every language; the side is a choice, shown in the visitor's language."""
    return ("attendee", {"name": Text.same(name), "side": side, "role": role})


# Who sits at the table

PRESIDENT = Text(
    en="President and lead negotiator",
    es="Presidenta y negociadora principal",
    ht="Prezidan ak negosyatè prensipal",
    pt="Presidente e negociadora principal",
    vi="Chủ tịch kiêm trưởng đoàn thương lượng",
    zh="主席兼首席谈判代表",
    ar="الرئيسة وكبيرة المفاوضين",
)
SCIENCE_TEACHER = Text(
    en="High school science teacher",
    es="Profesor de ciencias de secundaria",
    ht="Pwofesè syans nan lekòl segondè",
    pt="Professor de ciências do ensino médio",
    vi="Giáo viên khoa học trung học phổ thông",
    zh="高中科学教师",
    ar="معلم علوم في المرحلة الثانوية",
)
FUNDING_CHAIR = Text(
    en="Chair of the school funding committee",
    es="Presidenta del comité de financiamiento escolar",
    ht="Prezidan komite finansman lekòl la",
    pt="Presidente do comitê de financiamento escolar",
    vi="Trưởng ban ngân sách trường học",
    zh="学校经费委员会主席",
    ar="رئيسة لجنة تمويل المدارس",
)
SPECIAL_EDUCATION_TEACHER = Text(
    en="Special education teacher",
    es="Maestra de educación especial",
    ht="Pwofesè edikasyon espesyal",
    pt="Professora de educação especial",
    vi="Giáo viên giáo dục đặc biệt",
    zh="特殊教育教师",
    ar="معلمة تربية خاصة",
)
PARENT_MEMBER = Text(
    en="Parent member of the bargaining team",
    es="Madre integrante del equipo de negociación",
    ht="Paran ki manm ekip negosyasyon an",
    pt="Mãe integrante da equipe de negociação",
    vi="Phụ huynh thành viên nhóm thương lượng",
    zh="谈判团队中的家长代表",
    ar="وليّة أمر وعضو في فريق التفاوض",
)
STUDENT_MEMBER = Text(
    en="Student member of the bargaining team",
    es="Estudiante integrante del equipo de negociación",
    ht="Elèv ki manm ekip negosyasyon an",
    pt="Estudante integrante da equipe de negociação",
    vi="Học sinh thành viên nhóm thương lượng",
    zh="谈判团队中的学生代表",
    ar="طالب وعضو في فريق التفاوض",
)
DISTRICT_LEAD = Text(
    en="Chief human resources officer, district lead negotiator",
    es="Director de recursos humanos y negociador principal del distrito",
    ht="Direktè resous imen ak negosyatè prensipal distri a",
    pt="Diretor de recursos humanos e negociador principal do distrito",
    vi="Giám đốc nhân sự, trưởng đoàn thương lượng của học khu",
    zh="人力资源总监，学区首席谈判代表",
    ar="مدير الموارد البشرية وكبير مفاوضي المنطقة التعليمية",
)
DEPUTY_SUPERINTENDENT = Text(
    en="Deputy superintendent for academics",
    es="Superintendente adjunta de asuntos académicos",
    ht="Adjwen sirentandan pou afè akademik",
    pt="Superintendente adjunta para assuntos acadêmicos",
    vi="Phó tổng giám đốc học khu phụ trách học vụ",
    zh="负责教学事务的副学监",
    ar="نائبة المشرف العام للشؤون الأكاديمية",
)
BUDGET_DIRECTOR = Text(
    en="Budget director",
    es="Directora de presupuesto",
    ht="Direktè bidjè",
    pt="Diretora de orçamento",
    vi="Giám đốc ngân sách",
    zh="预算主任",
    ar="مديرة الميزانية",
)
DISTRICT_COUNSEL = Text(
    en="Counsel for the district",
    es="Abogado del distrito",
    ht="Avoka distri a",
    pt="Advogado do distrito",
    vi="Luật sư của học khu",
    zh="学区法律顾问",
    ar="المستشار القانوني للمنطقة التعليمية",
)
SCHOOL_BOARD_MEMBER = Text(
    en="School board member",
    es="Miembro de la junta escolar",
    ht="Manm konsèy lekòl la",
    pt="Membro do conselho escolar",
    vi="Thành viên hội đồng giáo dục",
    zh="学校董事会成员",
    ar="عضو في مجلس المدارس",
)

ROSA_DELGADO = attendee("Rosa Delgado", "union", PRESIDENT)
DANIEL_OKAFOR = attendee("Daniel Okafor", "union", SCIENCE_TEACHER)
LINH_TRAN = attendee("Linh Tran", "union", FUNDING_CHAIR)
MARIE_CLAUDE_JOSEPH = attendee("Marie-Claude Joseph", "union", SPECIAL_EDUCATION_TEACHER)
AISHA_RAHMAN = attendee("Aisha Rahman", "union", PARENT_MEMBER)
SAMUEL_REYES = attendee("Samuel Reyes", "union", STUDENT_MEMBER)
THOMAS_WHITFIELD = attendee("Thomas Whitfield", "district", DISTRICT_LEAD)
KAREN_LI = attendee("Karen Li", "district", DEPUTY_SUPERINTENDENT)
ANGELA_RUIZ = attendee("Angela Ruiz", "district", BUDGET_DIRECTOR)
PAUL_BENNETT = attendee("Paul Bennett", "district", DISTRICT_COUNSEL)
GRACE_MENSAH = attendee("Grace Mensah", "observer", SCHOOL_BOARD_MEMBER)


OPENING_SESSION = SessionSpec(
    model="BargainingSessionPage",
    slug="opening-session",
    title=Text(
        en="Opening session: our proposals on the table",
        es="Sesión inaugural: nuestras propuestas sobre la mesa",
        ht="Premye sesyon: pwopozisyon nou yo sou tab la",
        pt="Sessão de abertura: nossas propostas na mesa",
        vi="Phiên khai mạc: các đề xuất của chúng tôi trên bàn thương lượng",
        zh="首次会议：我们的提案摆上谈判桌",
        ar="الجلسة الافتتاحية: مقترحاتنا على الطاولة",
    ),
    fields={
        "date": at(9, 17, 16, 30),
        "location": Text(
            en="District administration building, board room, 1200 Harbor Street",
            es="Edificio de la administración del distrito, sala de la junta, 1200 Harbor Street",
            ht="Bilding administrasyon distri a, sal konsèy la, 1200 Harbor Street",
            pt="Prédio da administração do distrito, sala do conselho, 1200 Harbor Street",
            vi="Tòa nhà hành chính học khu, phòng họp hội đồng, 1200 Harbor Street",
            zh="学区行政大楼董事会会议室，1200 Harbor Street",
            ar="مبنى إدارة المنطقة التعليمية، قاعة المجلس، 1200 Harbor Street",
        ),
        "attendees": stream_blocks(
            [
                ROSA_DELGADO,
                DANIEL_OKAFOR,
                LINH_TRAN,
                MARIE_CLAUDE_JOSEPH,
                AISHA_RAHMAN,
                THOMAS_WHITFIELD,
                KAREN_LI,
                PAUL_BENNETT,
            ],
            "opening-session/attendees",
        ),
        "summary": RichText(
            Text(
                en="More than 200 members, parents and students watched our team present seven proposals, beginning "
                "with smaller classes and a nurse in every school. Each proposal was read aloud and explained in "
                "plain language, with interpretation into six languages.",
                es="Más de 200 miembros, madres, padres y estudiantes vieron a nuestro equipo presentar siete "
                "propuestas, empezando por grupos más pequeños y una enfermera en cada escuela. Cada propuesta se "
                "leyó en voz alta y se explicó en lenguaje sencillo, con interpretación a seis idiomas.",
                ht="Plis pase 200 manm, paran ak elèv te gade ekip nou an prezante sèt pwopozisyon, kòmanse ak klas "
                "ki pi piti ak yon enfimyè nan chak lekòl. Yo te li chak pwopozisyon awotvwa epi eksplike l nan yon "
                "lang ki senp, ak entèpretasyon nan sis lang.",
                pt="Mais de 200 associados, mães, pais e estudantes assistiram à nossa equipe apresentar sete "
                "propostas, começando por turmas menores e um enfermeiro em cada escola. Cada proposta foi lida em "
                "voz alta e explicada em linguagem simples, com interpretação para seis idiomas.",
                vi="Hơn 200 thành viên, phụ huynh và học sinh đã theo dõi nhóm của chúng tôi trình bày bảy đề xuất, mở "
                "đầu bằng lớp học sĩ số nhỏ hơn và y tá ở mọi trường. Mỗi đề xuất được đọc to và giải thích bằng "
                "ngôn ngữ dễ hiểu, có phiên dịch sang sáu ngôn ngữ.",
                zh="200多名会员、家长和学生现场观看我们的团队提交了七项提案，首先是缩小班级规模和每所学校配备护士。"
                "每项提案都被当众宣读，并用通俗的语言加以解释，现场提供六种语言的口译。",
                ar="تابع أكثر من 200 من الأعضاء وأولياء الأمور والطلاب فريقنا وهو يقدّم سبعة مقترحات، بدءًا بالفصول "
                "الأصغر وبممرض في كل مدرسة. وقُرئ كل مقترح بصوت عالٍ وشُرح بلغة بسيطة، مع ترجمة فورية إلى ست لغات.",
            ),
            Text(
                en="The district's team asked questions about cost and staffing and agreed to answer in writing "
                "before the next session. Both teams agreed that sessions will stay open to the public.",
                es="El equipo del distrito hizo preguntas sobre costos y personal, y se comprometió a responder por "
                "escrito antes de la próxima sesión. Ambos equipos acordaron que las sesiones seguirán abiertas al "
                "público.",
                ht="Ekip distri a te poze kesyon sou kòb ak anplwaye, epi li te pwomèt pou l reponn alekri anvan "
                "pwochen sesyon an. De ekip yo te dakò sesyon yo ap rete louvri pou piblik la.",
                pt="A equipe do distrito fez perguntas sobre custos e pessoal e se comprometeu a responder por escrito "
                "antes da próxima sessão. As duas equipes concordaram que as sessões continuarão abertas ao "
                "público.",
                vi="Nhóm của học khu đặt câu hỏi về chi phí và nhân sự, và cam kết trả lời bằng văn bản trước phiên "
                "tiếp theo. Hai bên thống nhất rằng các phiên thương lượng sẽ tiếp tục mở cửa cho công chúng.",
                zh="学区团队就成本和人员配置提出了问题，并承诺在下次会议前作出书面答复。双方同意谈判会议继续向公众开放。",
                ar="طرح فريق المنطقة التعليمية أسئلة عن الكلفة والتوظيف، والتزم بالرد كتابةً قبل الجلسة القادمة. "
                "واتفق الفريقان على أن تبقى الجلسات مفتوحة للجمهور.",
            ),
        ),
        "next_steps": RichText(
            [
                Text(
                    en="The district answers in writing on class size, nurses and counselors.",
                    es="El distrito responde por escrito sobre el tamaño de los grupos, las enfermeras y los "
                    "consejeros.",
                    ht="Distri a reponn alekri sou gwosè klas yo, enfimyè yo ak konseye yo.",
                    pt="O distrito responde por escrito sobre tamanho das turmas, enfermeiros e orientadores.",
                    vi="Học khu trả lời bằng văn bản về sĩ số lớp, y tá và chuyên viên tư vấn.",
                    zh="学区就班级规模、护士和辅导员问题作出书面答复。",
                    ar="تردّ المنطقة التعليمية كتابةً بشأن حجم الفصول والممرضين والمرشدين.",
                ),
                Text(
                    en="Our team presents proposals on restorative practices and planning time.",
                    es="Nuestro equipo presenta propuestas sobre prácticas restaurativas y tiempo de planificación.",
                    ht="Ekip nou an prezante pwopozisyon sou pratik restoratif ak tan pou planifye.",
                    pt="Nossa equipe apresenta propostas sobre práticas restaurativas e tempo de planejamento.",
                    vi="Nhóm của chúng tôi trình bày các đề xuất về phương pháp phục hồi và thời gian lập kế hoạch.",
                    zh="我们的团队提交关于修复式做法和备课时间的提案。",
                    ar="يقدّم فريقنا مقترحات بشأن الممارسات التصالحية ووقت التخطيط.",
                ),
            ]
        ),
        "next_date": at(10, 8, 16, 30),
    },
    proposals_discussed=(
        "smaller-classes-in-high-need-schools",
        "special-education-caseloads",
        "time-for-iep-meetings",
        "a-nurse-in-every-school",
        "counselors-and-social-workers",
        "evaluation-beyond-test-scores",
        "healthy-school-buildings",
    ),
)

SECOND_SESSION = SessionSpec(
    model="BargainingSessionPage",
    slug="second-session",
    title=Text(
        en="Second session: the district answers on class size and nurses",
        es="Segunda sesión: el distrito responde sobre el tamaño de los grupos y las enfermeras",
        ht="Dezyèm sesyon: distri a reponn sou gwosè klas yo ak enfimyè yo",
        pt="Segunda sessão: o distrito responde sobre tamanho das turmas e enfermeiros",
        vi="Phiên thứ hai: học khu trả lời về sĩ số lớp và y tá",
        zh="第二次会议：学区就班级规模和护士问题作出答复",
        ar="الجلسة الثانية: المنطقة التعليمية تردّ بشأن حجم الفصول والممرضين",
    ),
    fields={
        "date": at(10, 8, 16, 30),
        "location": Text(
            en="Riverton High School library, 88 School Street",
            es="Biblioteca de Riverton High School, 88 School Street",
            ht="Bibliyotèk Riverton High School, 88 School Street",
            pt="Biblioteca da Riverton High School, 88 School Street",
            vi="Thư viện trường Riverton High School, 88 School Street",
            zh="Riverton High School图书馆，88 School Street",
            ar="مكتبة Riverton High School، 88 School Street",
        ),
        "attendees": stream_blocks(
            [
                ROSA_DELGADO,
                DANIEL_OKAFOR,
                LINH_TRAN,
                MARIE_CLAUDE_JOSEPH,
                SAMUEL_REYES,
                THOMAS_WHITFIELD,
                KAREN_LI,
                ANGELA_RUIZ,
            ],
            "second-session/attendees",
        ),
        "summary": RichText(
            Text(
                en="The district answered our proposals on class size and nurses with counter-proposals: smaller "
                "classes in the early grades only, and nurses in the largest schools only. Our team presented two "
                "new proposals, on restorative practices and on planning time.",
                es="El distrito respondió a nuestras propuestas sobre el tamaño de los grupos y las enfermeras con "
                "contrapropuestas: grupos más pequeños solo en los primeros grados y enfermeras solo en las escuelas "
                "más grandes. Nuestro equipo presentó dos propuestas nuevas, sobre prácticas restaurativas y sobre "
                "tiempo de planificación.",
                ht="Distri a reponn pwopozisyon nou yo sou gwosè klas yo ak enfimyè yo ak kont-pwopozisyon: klas ki "
                "pi piti sèlman nan premye nivo yo, ak enfimyè sèlman nan pi gwo lekòl yo. Ekip nou an prezante de "
                "nouvo pwopozisyon, sou pratik restoratif ak sou tan pou planifye.",
                pt="O distrito respondeu às nossas propostas sobre tamanho das turmas e enfermeiros com "
                "contrapropostas: turmas menores apenas nos primeiros anos e enfermeiros apenas nas maiores escolas. "
                "Nossa equipe apresentou duas novas propostas, sobre práticas restaurativas e sobre tempo de "
                "planejamento.",
                vi="Học khu đáp lại các đề xuất của chúng tôi về sĩ số lớp và y tá bằng các phương án đối lại: chỉ "
                "giảm sĩ số ở các lớp nhỏ, và chỉ bố trí y tá ở những trường lớn nhất. Nhóm của chúng tôi trình bày "
                "hai đề xuất mới, về phương pháp phục hồi và về thời gian lập kế hoạch.",
                zh="学区对我们关于班级规模和护士的提案提出了反提案：只在低年级缩小班级规模，只在规模最大的学校配备护士。"
                "我们的团队提交了两项新提案，分别涉及修复式做法和备课时间。",
                ar="ردّت المنطقة التعليمية على مقترحاتنا بشأن حجم الفصول والممرضين بمقترحات مضادة: فصول أصغر في "
                "الصفوف الأولى فقط، وممرضون في أكبر المدارس فقط. وقدّم فريقنا مقترحين جديدين، بشأن الممارسات "
                "التصالحية ووقت التخطيط.",
            ),
            Text(
                en="Students from the youth council spoke about suspensions in their schools. The district asked for "
                "our training plan before discussing restorative practices coordinators.",
                es="Estudiantes del consejo juvenil hablaron de las suspensiones en sus escuelas. El distrito pidió "
                "nuestro plan de formación antes de hablar de los coordinadores de prácticas restaurativas.",
                ht="Elèv ki nan konsèy jèn yo te pale sou sispansyon nan lekòl yo. Distri a mande plan fòmasyon nou "
                "an anvan li diskite sou kowòdonatè pratik restoratif yo.",
                pt="Estudantes do conselho juvenil falaram sobre as suspensões em suas escolas. O distrito pediu o "
                "nosso plano de formação antes de discutir os coordenadores de práticas restaurativas.",
                vi="Các học sinh trong hội đồng thanh niên đã phát biểu về tình trạng đình chỉ học ở trường mình. Học "
                "khu đề nghị xem kế hoạch đào tạo của chúng tôi trước khi bàn về các điều phối viên phương pháp phục "
                "hồi.",
                zh="青年委员会的学生讲述了各自学校的停学情况。学区要求先看到我们的培训计划，再讨论修复式做法协调员的问题。",
                ar="تحدّث طلاب من مجلس الشباب عن الفصل المؤقت في مدارسهم. وطلبت المنطقة التعليمية خطة التدريب "
                "لدينا قبل مناقشة منسّقي الممارسات التصالحية.",
            ),
        ),
        "next_steps": RichText(
            [
                Text(
                    en="Our team answers the counter-proposals on class size and nurses.",
                    es="Nuestro equipo responde a las contrapropuestas sobre el tamaño de los grupos y las enfermeras.",
                    ht="Ekip nou an reponn kont-pwopozisyon yo sou gwosè klas yo ak enfimyè yo.",
                    pt="Nossa equipe responde às contrapropostas sobre tamanho das turmas e enfermeiros.",
                    vi="Nhóm của chúng tôi trả lời các phương án đối lại về sĩ số lớp và y tá.",
                    zh="我们的团队就班级规模和护士问题回应反提案。",
                    ar="يردّ فريقنا على المقترحات المضادة بشأن حجم الفصول والممرضين.",
                ),
                Text(
                    en="The district brings cost estimates for counselors and social workers.",
                    es="El distrito presenta estimaciones de costos para consejeros y trabajadores sociales.",
                    ht="Distri a pote estimasyon sou konbyen konseye ak travayè sosyal yo ap koute.",
                    pt="O distrito apresenta estimativas de custo para orientadores e assistentes sociais.",
                    vi="Học khu đưa ra dự toán chi phí cho chuyên viên tư vấn và nhân viên xã hội.",
                    zh="学区提交辅导员和社工的成本估算。",
                    ar="تقدّم المنطقة التعليمية تقديرات لكلفة المرشدين والأخصائيين الاجتماعيين.",
                ),
            ]
        ),
        "next_date": at(10, 29, 17),
    },
    proposals_discussed=(
        "smaller-classes-in-high-need-schools",
        "a-nurse-in-every-school",
        "restorative-practices",
        "collaborative-planning-time",
    ),
)

THIRD_SESSION = SessionSpec(
    model="BargainingSessionPage",
    slug="third-session",
    title=Text(
        en="Third session: first tentative agreements",
        es="Tercera sesión: primeros acuerdos provisionales",
        ht="Twazyèm sesyon: premye akò pwovizwa yo",
        pt="Terceira sessão: primeiros acordos provisórios",
        vi="Phiên thứ ba: những thỏa thuận sơ bộ đầu tiên",
        zh="第三次会议：达成首批暂定协议",
        ar="الجلسة الثالثة: أولى الاتفاقات المبدئية",
    ),
    fields={
        "date": at(10, 29, 17),
        "location": Text(
            en="Union hall, 415 Maple Avenue, 2nd floor",
            es="Sede del sindicato, 415 Maple Avenue, 2.º piso",
            ht="Lokal sendika a, 415 Maple Avenue, 2yèm etaj",
            pt="Sede do sindicato, 415 Maple Avenue, 2.º andar",
            vi="Trụ sở công đoàn, 415 Maple Avenue, tầng 2",
            zh="工会会址，415 Maple Avenue, 2楼",
            ar="مقر النقابة، 415 Maple Avenue، الطابق الثاني",
        ),
        "attendees": stream_blocks(
            [
                ROSA_DELGADO,
                LINH_TRAN,
                MARIE_CLAUDE_JOSEPH,
                AISHA_RAHMAN,
                SAMUEL_REYES,
                THOMAS_WHITFIELD,
                KAREN_LI,
                PAUL_BENNETT,
                GRACE_MENSAH,
            ],
            "third-session/attendees",
        ),
        "summary": RichText(
            Text(
                en="Both teams signed tentative agreements on a nurse in every school, phased in by September 2027, "
                "and on paid time for IEP meetings. The district countered our proposals on special education "
                "caseloads and on evaluation.",
                es="Ambos equipos firmaron acuerdos provisionales sobre una enfermera en cada escuela, de forma "
                "gradual hasta septiembre de 2027, y sobre tiempo pagado para las reuniones del IEP. El distrito "
                "presentó contrapropuestas a nuestras propuestas sobre cargas de casos en educación especial y sobre "
                "la evaluación.",
                ht="De ekip yo te siyen akò pwovizwa sou yon enfimyè nan chak lekòl, etap pa etap jiska septanm 2027, "
                "ak sou tan peye pou reyinyon IEP yo. Distri a te fè kont-pwopozisyon sou pwopozisyon nou yo "
                "konsènan kantite dosye nan edikasyon espesyal ak evalyasyon.",
                pt="As duas equipes assinaram acordos provisórios sobre um enfermeiro em cada escola, de forma gradual "
                "até setembro de 2027, e sobre tempo remunerado para as reuniões do IEP. O distrito apresentou "
                "contrapropostas às nossas propostas sobre número de casos na educação especial e sobre avaliação.",
                vi="Hai bên đã ký các thỏa thuận sơ bộ về việc mỗi trường có một y tá, thực hiện dần đến tháng 9 năm "
                "2027, và về thời gian có trả lương cho các cuộc họp IEP. Học khu đưa ra phương án đối lại cho các "
                "đề xuất của chúng tôi về số hồ sơ giáo dục đặc biệt và về đánh giá nhà giáo.",
                zh="双方就每所学校配备护士（至2027年9月分阶段落实）以及IEP会议的带薪时间签署了暂定协议。"
                "学区对我们关于特殊教育个案量和教师评价的提案提出了反提案。",
                ar="وقّع الفريقان اتفاقين مبدئيين بشأن ممرض في كل مدرسة، يُطبَّق تدريجيًا حتى سبتمبر 2027، وبشأن "
                "وقت مدفوع الأجر لاجتماعات خطط التعليم الفردية. وقدّمت المنطقة التعليمية مقترحات مضادة لمقترحاتنا "
                "بشأن أعداد الحالات في التربية الخاصة وبشأن التقييم.",
            ),
            Text(
                en="We withdrew our proposal on building repairs after the school board adopted the same deadlines as "
                "district policy. Members will report any repair that misses its deadline.",
                es="Retiramos nuestra propuesta sobre reparaciones de edificios después de que la junta escolar "
                "adoptara los mismos plazos como política del distrito. Los miembros informarán de cualquier "
                "reparación que no cumpla su plazo.",
                ht="Nou retire pwopozisyon nou an sou reparasyon bilding yo apre konsèy lekòl la te adopte menm dat "
                "limit yo kòm politik distri a. Manm yo ap siyale nenpòt reparasyon ki pa fèt atan.",
                pt="Retiramos a nossa proposta sobre reparos nos prédios depois que o conselho escolar adotou os "
                "mesmos prazos como política do distrito. Os associados vão comunicar qualquer reparo que não cumpra "
                "o prazo.",
                vi="Chúng tôi đã rút đề xuất về sửa chữa trường sở sau khi hội đồng giáo dục đưa cùng các thời hạn đó "
                "vào chính sách của học khu. Các thành viên sẽ báo cáo mọi trường hợp sửa chữa trễ hạn.",
                zh="学校董事会将相同的维修期限定为学区政策后，我们撤回了关于校舍维修的提案。会员们将报告任何逾期未完成的维修。",
                ar="سحبنا مقترحنا بشأن إصلاح المباني بعد أن اعتمد مجلس المدارس المواعيد نفسها سياسةً للمنطقة "
                "التعليمية. وسيبلّغ الأعضاء عن أي إصلاح يتجاوز موعده.",
            ),
        ),
        "next_steps": RichText(
            [
                Text(
                    en="Our team answers the counter-proposals on caseloads and evaluation.",
                    es="Nuestro equipo responde a las contrapropuestas sobre cargas de casos y evaluación.",
                    ht="Ekip nou an reponn kont-pwopozisyon yo sou kantite dosye ak evalyasyon.",
                    pt="Nossa equipe responde às contrapropostas sobre número de casos e avaliação.",
                    vi="Nhóm của chúng tôi trả lời các phương án đối lại về số hồ sơ và đánh giá.",
                    zh="我们的团队就个案量和评价问题回应反提案。",
                    ar="يردّ فريقنا على المقترحات المضادة بشأن أعداد الحالات والتقييم.",
                ),
                Text(
                    en="We present our proposals on school budget councils and on interpretation for families.",
                    es="Presentamos nuestras propuestas sobre los consejos de presupuesto escolar y sobre la "
                    "interpretación para las familias.",
                    ht="Nou prezante pwopozisyon nou yo sou konsèy bidjè lekòl yo ak sou entèpretasyon pou fanmi yo.",
                    pt="Apresentamos nossas propostas sobre os conselhos de orçamento escolar e sobre interpretação "
                    "para as famílias.",
                    vi="Chúng tôi trình bày các đề xuất về hội đồng ngân sách trường và về phiên dịch cho các gia "
                    "đình.",
                    zh="我们提交关于学校预算委员会和为家庭提供口译的提案。",
                    ar="نقدّم مقترحينا بشأن مجالس ميزانيات المدارس والترجمة الفورية للأسر.",
                ),
                Text(
                    en="Members vote on the tentative agreements after the last session.",
                    es="Los miembros votarán los acuerdos provisionales después de la última sesión.",
                    ht="Manm yo ap vote sou akò pwovizwa yo apre dènye sesyon an.",
                    pt="Os associados votarão os acordos provisórios depois da última sessão.",
                    vi="Các thành viên sẽ biểu quyết các thỏa thuận sơ bộ sau phiên cuối cùng.",
                    zh="最后一次会议结束后，会员将对暂定协议进行表决。",
                    ar="يصوّت الأعضاء على الاتفاقات المبدئية بعد الجلسة الأخيرة.",
                ),
            ]
        ),
        "next_date": at(11, 19, 16, 30),
    },
    proposals_discussed=(
        "special-education-caseloads",
        "time-for-iep-meetings",
        "a-nurse-in-every-school",
        "evaluation-beyond-test-scores",
        "healthy-school-buildings",
    ),
)

BARGAINING_INDEX = PageSpec(
    model="BargainingIndexPage",
    slug="bargaining",
    title=Text(
        en="Open bargaining",
        es="Negociación abierta",
        ht="Negosyasyon ouvè",
        pt="Negociação aberta",
        vi="Thương lượng công khai",
        zh="公开谈判",
        ar="المفاوضات المفتوحة",
    ),
    fields={
        "intro": Text(
            en="Our negotiations with the district are open to the public. Here is every session so far: who was at "
            "the table, what was discussed and what comes next.",
            es="Nuestras negociaciones con el distrito están abiertas al público. Aquí están todas las sesiones hasta "
            "ahora: quién estuvo en la mesa, qué se discutió y qué viene después.",
            ht="Negosyasyon nou ak distri a louvri pou piblik la. Men tout sesyon ki fèt deja yo: ki moun ki te sou "
            "tab la, sa yo te diskite ak sa k ap vini apre.",
            pt="Nossas negociações com o distrito são abertas ao público. Aqui estão todas as sessões até agora: quem "
            "estava à mesa, o que foi discutido e quais são os próximos passos.",
            vi="Các cuộc thương lượng giữa chúng tôi và học khu đều mở cửa cho công chúng. Dưới đây là tất cả các "
            "phiên cho đến nay: ai có mặt tại bàn thương lượng, những gì đã được thảo luận và bước tiếp theo.",
            zh="我们与学区的谈判向公众开放。这里列出了迄今为止的每一次会议：谁参加了谈判、讨论了什么，以及下一步安排。",
            ar="مفاوضاتنا مع المنطقة التعليمية مفتوحة للجمهور. وهنا كل الجلسات حتى الآن: من حضر إلى الطاولة، وما "
            "الذي نوقش، وما الخطوة التالية.",
        ),
    },
    children=[OPENING_SESSION, SECOND_SESSION, THIRD_SESSION],
)
