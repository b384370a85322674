"""The contract proposals: topics, the index and thirteen proposals across every status.

Bargaining for the next agreement opened in public in the autumn of 2026; two proposals were
settled early, at the spring session, and ratified by members in June. Numbers, dates and article
numbers are the same in every language.
"""

import datetime

from home.demo.spec import NumberedList, PageRef, PageSpec, RichText, Text, TopicSpec

from ..spec import HeardSpec, ProposalSpec, Step

DRAFTED = "drafted"
TABLED = "tabled"
DISTRICT_COUNTER = "district_counter"
TENTATIVE_AGREEMENT = "tentative_agreement"
RATIFIED = "ratified"
WITHDRAWN = "withdrawn"

LISTENING_SESSIONS = PageRef("listening-sessions-begin")
SURVEY_RESULTS = PageRef("survey-results")
RETIREE_MENTORS = PageRef("retiree-mentors")


def day(month, day_of_month):
    return datetime.date(2026, month, day_of_month)


def article(number, *, new=False):
    """The place of a proposal in the contract, e.g. "Article 12.1"; the number never changes."""
    if new:
        return Text(
            en=f"Article {number} (new)",
            es=f"Artículo {number} (nuevo)",
            ht=f"Atik {number} (nouvo)",
            pt=f"Artigo {number} (novo)",
            vi=f"Điều {number} (mới)",
            zh=f"第{number}条（新增）",
            ar=f"المادة {number} (جديدة)",
        )
    return Text(
        en=f"Article {number}",
        es=f"Artículo {number}",
        ht=f"Atik {number}",
        pt=f"Artigo {number}",
        vi=f"Điều {number}",
        zh=f"第{number}条",
        ar=f"المادة {number}",
    )


def proposal(
    slug,
    title,
    *,
    article_number,
    topic,
    plank,
    summary,
    why,
    contract,
    timeline,
    response=None,
    heard=(),
    first_contract=None,
):
    return ProposalSpec(
        model="ProposalPage",
        slug=slug,
        title=title,
        fields={
            "article_number": article_number,
            "summary": summary,
            "why_it_matters": RichText(why),
            "contract_language": contract,
            "district_response": RichText(response) if response else "",
        },
        topic=topic,
        plank=plank,
        timeline=list(timeline),
        heard=list(heard),
        first_contract_language=first_contract,
    )


# Topics

TOPICS = [
    TopicSpec(
        slug="class-size",
        name=Text(
            en="Class size",
            es="Tamaño de los grupos",
            ht="Gwosè klas yo",
            pt="Tamanho das turmas",
            vi="Sĩ số lớp học",
            zh="班级规模",
            ar="حجم الفصول",
        ),
    ),
    TopicSpec(
        slug="health-and-wellbeing",
        name=Text(
            en="Health and wellbeing",
            es="Salud y bienestar",
            ht="Sante ak byennèt",
            pt="Saúde e bem-estar",
            vi="Sức khỏe và an sinh",
            zh="健康与福祉",
            ar="الصحة والرفاه",
        ),
    ),
    TopicSpec(
        slug="special-education",
        name=Text(
            en="Special education",
            es="Educación especial",
            ht="Edikasyon espesyal",
            pt="Educação especial",
            vi="Giáo dục đặc biệt",
            zh="特殊教育",
            ar="التربية الخاصة",
        ),
    ),
    TopicSpec(
        slug="time-and-workload",
        name=Text(
            en="Time and workload",
            es="Tiempo y carga de trabajo",
            ht="Tan ak chaj travay",
            pt="Tempo e carga de trabalho",
            vi="Thời gian và khối lượng công việc",
            zh="时间与工作量",
            ar="الوقت وعبء العمل",
        ),
    ),
    TopicSpec(
        slug="mentoring-and-evaluation",
        name=Text(
            en="Mentoring and evaluation",
            es="Mentoría y evaluación",
            ht="Akonpayman ak evalyasyon",
            pt="Mentoria e avaliação",
            vi="Cố vấn và đánh giá",
            zh="导师指导与评价",
            ar="الإرشاد والتقييم",
        ),
    ),
    TopicSpec(
        slug="families-and-community",
        name=Text(
            en="Families and community",
            es="Familias y comunidad",
            ht="Fanmi ak kominote",
            pt="Famílias e comunidade",
            vi="Gia đình và cộng đồng",
            zh="家庭与社区",
            ar="الأسر والمجتمع",
        ),
    ),
]


# Notes that several timelines share

DRAFTED_FROM_SURVEY = Text(
    en="Written from the survey and what we heard at the listening sessions",
    es="Redactada a partir de la encuesta y de lo que escuchamos en las sesiones de escucha",
    ht="Nou ekri l apati sondaj la ak sa nou tande nan sesyon koute yo",
    pt="Redigida a partir da pesquisa e do que ouvimos nas sessões de escuta",
    vi="Được soạn thảo dựa trên cuộc khảo sát và những gì chúng tôi nghe được tại các buổi lắng nghe",
    zh="根据调查结果和倾听会上听到的意见起草",
    ar="صيغت انطلاقًا من الاستبيان وما سمعناه في جلسات الاستماع",
)
DRAFTED_WITH_SPECIAL_EDUCATION = Text(
    en="Written with special education teachers, therapists and parents of students with disabilities",
    es="Redactada con docentes de educación especial, terapeutas y familias de estudiantes con discapacidad",
    ht="Nou ekri l ansanm ak pwofesè edikasyon espesyal, terapis ak paran elèv ki gen andikap",
    pt="Redigida com professores de educação especial, terapeutas e famílias de estudantes com deficiência",
    vi="Được soạn thảo cùng giáo viên giáo dục đặc biệt, các chuyên viên trị liệu và phụ huynh của học sinh khuyết tật",
    zh="与特殊教育教师、治疗师和残障学生家长共同起草",
    ar="صيغت مع معلمي التربية الخاصة والمعالجين وأولياء أمور الطلاب ذوي الإعاقة",
)
TABLED_AT_SPRING_SESSION = Text(
    en="Presented at the first open bargaining session",
    es="Presentada en la primera sesión de negociación abierta",
    ht="Nou prezante l nan premye sesyon negosyasyon ouvè a",
    pt="Apresentada na primeira sessão de negociação aberta",
    vi="Được trình bày tại phiên thương lượng công khai đầu tiên",
    zh="在首次公开谈判会议上提交",
    ar="قُدِّمت في أول جلسة تفاوض مفتوحة",
)
TABLED_AT_OPENING_SESSION = Text(
    en="Presented to the district at the opening session",
    es="Presentada al distrito en la sesión inaugural",
    ht="Nou prezante l bay distri a nan premye sesyon an",
    pt="Apresentada ao distrito na sessão de abertura",
    vi="Được trình bày với học khu tại phiên khai mạc",
    zh="在首次谈判会议上向学区提交",
    ar="قُدِّمت إلى المنطقة التعليمية في الجلسة الافتتاحية",
)
TABLED_AT_SECOND_SESSION = Text(
    en="Presented to the district at the second session",
    es="Presentada al distrito en la segunda sesión",
    ht="Nou prezante l bay distri a nan dezyèm sesyon an",
    pt="Apresentada ao distrito na segunda sessão",
    vi="Được trình bày với học khu tại phiên thứ hai",
    zh="在第二次谈判会议上向学区提交",
    ar="قُدِّمت إلى المنطقة التعليمية في الجلسة الثانية",
)
TENTATIVE_AGREEMENT_SIGNED = Text(
    en="Tentative agreement signed by both teams",
    es="Acuerdo provisional firmado por ambos equipos",
    ht="De ekip yo siyen yon akò pwovizwa",
    pt="Acordo provisório assinado pelas duas equipes",
    vi="Hai bên đã ký thỏa thuận sơ bộ",
    zh="双方签署暂定协议",
    ar="وقّع الفريقان اتفاقًا مبدئيًا",
)
RATIFIED_BY_MEMBERS = Text(
    en="Ratified by members: 94% voted yes",
    es="Ratificado por los miembros: el 94 % votó a favor",
    ht="Manm yo ratifye l: 94% vote wi",
    pt="Ratificado pelos associados: 94% votaram a favor",
    vi="Được thành viên phê chuẩn: 94% bỏ phiếu tán thành",
    zh="经会员批准：94%投了赞成票",
    ar="صادق عليه الأعضاء: صوّت 94% بنعم",
)


# The proposals, in contract order

PAID_PREPARATION_DAYS = proposal(
    "paid-preparation-days",
    Text(
        en="Paid preparation days before school starts",
        es="Días de preparación pagados antes del inicio de clases",
        ht="Jou preparasyon peye anvan lekòl louvri",
        pt="Dias de preparação remunerados antes do início das aulas",
        vi="Ngày chuẩn bị có lương trước khi khai giảng",
        zh="开学前的带薪备课日",
        ar="أيام تحضير مدفوعة الأجر قبل بدء الدراسة",
    ),
    article_number=article("8.4"),
    topic="time-and-workload",
    plank="elevating-the-profession",
    summary=Text(
        en="Three paid days before students arrive each year, for teachers to set up classrooms, read student records "
        "and plan with colleagues.",
        es="Tres días pagados antes de la llegada de los estudiantes cada año, para que los docentes preparen sus "
        "aulas, lean los expedientes de los estudiantes y planifiquen con sus colegas.",
        ht="Twa jou peye anvan elèv yo rive chak ane, pou pwofesè yo ranje salklas yo, li dosye elèv yo epi "
        "planifye ak kòlèg yo.",
        pt="Três dias remunerados antes da chegada dos estudantes a cada ano, para que os professores organizem as "
        "salas, leiam os registros dos estudantes e planejem com os colegas.",
        vi="Ba ngày có trả lương trước khi học sinh đến trường mỗi năm, để giáo viên sắp xếp lớp học, đọc hồ sơ học "
        "sinh và lập kế hoạch cùng đồng nghiệp.",
        zh="每年学生到校前有三天带薪时间，供教师布置教室、阅读学生档案并与同事共同备课。",
        ar="ثلاثة أيام مدفوعة الأجر قبل وصول الطلاب كل عام، ليجهّز المعلمون فصولهم ويقرؤوا سجلات الطلاب ويخططوا "
        "مع زملائهم.",
    ),
    why=Text(
        en="Teachers used to prepare for the year on their own unpaid time, or not at all. Students now start the "
        "year in classrooms that are ready, with teachers who already know their needs.",
        es="Antes, los docentes se preparaban para el año en su tiempo libre y sin pago, o no podían prepararse. "
        "Ahora los estudiantes empiezan el año en aulas listas, con docentes que ya conocen sus necesidades.",
        ht="Anvan, pwofesè yo te konn prepare pou ane a sou pwòp tan yo san yo pa peye yo, oswa yo pa t prepare "
        "ditou. Kounye a, elèv yo kòmanse ane a nan salklas ki pare, ak pwofesè ki deja konnen bezwen yo.",
        pt="Antes, os professores se preparavam para o ano no seu próprio tempo, sem remuneração, ou nem chegavam a "
        "se preparar. Agora os estudantes começam o ano em salas prontas, com professores que já conhecem as suas "
        "necessidades.",
        vi="Trước đây giáo viên phải tự chuẩn bị cho năm học vào thời gian riêng không được trả lương, hoặc không "
        "thể chuẩn bị. Giờ đây học sinh bắt đầu năm học trong những lớp học đã sẵn sàng, với giáo viên đã hiểu nhu "
        "cầu của các em.",
        zh="过去，教师只能利用自己的无薪时间为新学年做准备，或者根本无法准备。现在，学生开学时走进的是已经布置好的教室，"
        "老师也已经了解他们的需要。",
        ar="كان المعلمون يستعدون للعام الدراسي في وقتهم الخاص دون أجر، أو لا يستعدون أصلًا. أما الآن فيبدأ الطلاب "
        "العام في فصول جاهزة، مع معلمين يعرفون احتياجاتهم مسبقًا.",
    ),
    contract=RichText(
        Text(
            en="Each school year shall include three paid preparation days for teachers before the first day of "
            "classes. No meetings or training shall be scheduled on these days unless the teacher chooses to "
            "attend.",
            es="Cada año escolar incluirá tres días de preparación pagados para los docentes antes del primer día de "
            "clases. En esos días no se programarán reuniones ni capacitaciones, salvo que el docente decida "
            "asistir.",
            ht="Chak ane lekòl dwe gen twa jou preparasyon peye pou pwofesè yo anvan premye jou klas la. Yo pa dwe "
            "pwograme okenn reyinyon ni fòmasyon jou sa yo, sof si pwofesè a chwazi patisipe.",
            pt="Cada ano letivo incluirá três dias de preparação remunerados para os professores antes do primeiro "
            "dia de aula. Nenhuma reunião ou formação será marcada nesses dias, a menos que o professor decida "
            "participar.",
            vi="Mỗi năm học phải có ba ngày chuẩn bị có trả lương cho giáo viên trước ngày học đầu tiên. Không được "
            "sắp xếp cuộc họp hay buổi tập huấn nào vào những ngày này, trừ khi giáo viên tự nguyện tham dự.",
            zh="每个学年应在开课第一天之前为教师安排三个带薪备课日。除教师自愿参加外，这些日子不得安排任何会议或培训。",
            ar="يتضمن كل عام دراسي ثلاثة أيام تحضير مدفوعة الأجر للمعلمين قبل اليوم الأول من الدراسة. ولا تُعقد في "
            "هذه الأيام أي اجتماعات أو دورات تدريبية إلا إذا اختار المعلم حضورها.",
        ),
        Text(
            en="Teachers hired after the preparation days shall receive three paid preparation days before their "
            "first day with students.",
            es="Los docentes contratados después de los días de preparación recibirán tres días de preparación "
            "pagados antes de su primer día con estudiantes.",
            ht="Pwofesè yo anboche apre jou preparasyon yo dwe resevwa twa jou preparasyon peye anvan premye jou yo "
            "ak elèv yo.",
            pt="Os professores contratados depois dos dias de preparação receberão três dias de preparação "
            "remunerados antes do seu primeiro dia com estudantes.",
            vi="Giáo viên được tuyển dụng sau các ngày chuẩn bị được hưởng ba ngày chuẩn bị có trả lương trước ngày "
            "đầu tiên gặp học sinh.",
            zh="在备课日之后受聘的教师，在首次与学生见面之前享有三个带薪备课日。",
            ar="يحصل المعلمون الذين يُعيَّنون بعد أيام التحضير على ثلاثة أيام تحضير مدفوعة الأجر قبل أول يوم لهم مع "
            "الطلاب.",
        ),
    ),
    response=Text(
        en="The district agreed after members and parents spoke at the May school board meeting. The days began in "
        "August 2026.",
        es="El distrito aceptó después de que miembros y familias intervinieran en la reunión de la junta escolar de "
        "mayo. Los días comenzaron en agosto de 2026.",
        ht="Distri a te dakò apre manm yo ak paran yo te pran lapawòl nan reyinyon konsèy lekòl la nan mwa me. Jou "
        "yo te kòmanse an out 2026.",
        pt="O distrito concordou depois que associados e famílias falaram na reunião do conselho escolar de maio. Os "
        "dias começaram em agosto de 2026.",
        vi="Học khu đã đồng ý sau khi các thành viên và phụ huynh phát biểu tại cuộc họp hội đồng giáo dục tháng Năm. "
        "Các ngày chuẩn bị bắt đầu từ tháng 8 năm 2026.",
        zh="在会员和家长于五月的学校董事会会议上发言后，学区表示同意。备课日已于2026年8月开始实施。",
        ar="وافقت المنطقة التعليمية بعد أن تحدّث الأعضاء وأولياء الأمور في اجتماع مجلس المدارس في مايو. وبدأ العمل "
        "بهذه الأيام في أغسطس 2026.",
    ),
    timeline=[
        Step(
            DRAFTED,
            day(3, 3),
            Text(
                en="Written from the winter member survey",
                es="Redactada a partir de la encuesta de invierno a los miembros",
                ht="Nou ekri l apati sondaj sezon fredi a ak manm yo",
                pt="Redigida a partir da pesquisa de inverno com os associados",
                vi="Được soạn thảo dựa trên cuộc khảo sát thành viên mùa đông",
                zh="根据冬季会员调查起草",
                ar="صيغت انطلاقًا من استبيان الأعضاء في الشتاء",
            ),
        ),
        Step(TABLED, day(5, 12), TABLED_AT_SPRING_SESSION),
        Step(TENTATIVE_AGREEMENT, day(5, 28), TENTATIVE_AGREEMENT_SIGNED),
        Step(RATIFIED, day(6, 11), RATIFIED_BY_MEMBERS),
    ],
)

OVERSIZED_CLASS = Text(
    en="When a class exceeds its limit for more than ten school days, the district shall, at the teacher's "
    "choice, assign a second certified teacher to the class or divide it.",
    es="Cuando un grupo supere su límite durante más de diez días lectivos, el distrito deberá, a elección "
    "del docente, asignar un segundo docente certificado al grupo o dividirlo.",
    ht="Lè yon klas depase limit li pandan plis pase dis jou lekòl, distri a dwe, dapre chwa pwofesè a, mete "
    "yon dezyèm pwofesè sètifye nan klas la oswa divize l.",
    pt="Quando uma turma ultrapassar o seu limite por mais de dez dias letivos, o distrito deverá, à escolha "
    "do professor, designar um segundo professor habilitado para a turma ou dividi-la.",
    vi="Khi một lớp vượt quá giới hạn sĩ số trong hơn mười ngày học, học khu phải, theo lựa chọn của giáo "
    "viên, bố trí thêm một giáo viên có chứng chỉ thứ hai cho lớp đó hoặc tách lớp.",
    zh="如某班人数超出上限超过十个教学日，学区应根据教师的选择，为该班增派第二名持证教师或将该班拆分。",
    ar="إذا تجاوز عدد طلاب فصلٍ الحدَّ المقرر لأكثر من عشرة أيام دراسية، تلتزم المنطقة التعليمية، بحسب "
    "اختيار المعلم، بتعيين معلم مُجاز ثانٍ للفصل أو بتقسيمه.",
)

SMALLER_CLASSES = proposal(
    "smaller-classes-in-high-need-schools",
    Text(
        en="Smaller classes in high-need schools",
        es="Grupos más pequeños en las escuelas con mayores necesidades",
        ht="Klas ki pi piti nan lekòl ki gen plis bezwen",
        pt="Turmas menores nas escolas com maiores necessidades",
        vi="Lớp học sĩ số nhỏ hơn ở các trường có nhu cầu cao",
        zh="在高需求学校缩小班级规模",
        ar="فصول أصغر في المدارس الأكثر حاجة",
    ),
    article_number=article("12.1"),
    topic="class-size",
    plank="adequate-and-equitable-funding",
    summary=Text(
        en="Lower class-size limits, starting with the schools where the most students live in poverty or are "
        "learning English.",
        es="Límites más bajos de estudiantes por grupo, empezando por las escuelas donde más estudiantes viven en la "
        "pobreza o están aprendiendo inglés.",
        ht="Limit pi ba pou kantite elèv nan yon klas, kòmanse nan lekòl kote plis elèv ap viv nan povrete oswa ap "
        "aprann angle.",
        pt="Limites menores de estudantes por turma, a começar pelas escolas onde mais estudantes vivem na pobreza "
        "ou estão aprendendo inglês.",
        vi="Giảm giới hạn sĩ số lớp, bắt đầu từ những trường có nhiều học sinh sống trong cảnh nghèo hoặc đang học "
        "tiếng Anh nhất.",
        zh="降低班级人数上限，从贫困学生和英语学习者最多的学校开始。",
        ar="خفض الحد الأقصى لعدد الطلاب في الفصل، بدءًا بالمدارس التي يعيش فيها أكبر عدد من الطلاب في فقر أو "
        "يتعلمون الإنجليزية.",
    ),
    why=Text(
        en="In our survey, smaller classes came first for families and educators alike. In a smaller class, a "
        "teacher notices when a student is struggling, and every student gets more time to speak, ask and be "
        "heard.",
        es="En nuestra encuesta, los grupos más pequeños fueron la primera prioridad tanto para las familias como "
        "para los educadores. En un grupo más pequeño, el docente se da cuenta cuando un estudiante tiene "
        "dificultades, y cada estudiante tiene más tiempo para hablar, preguntar y ser escuchado.",
        ht="Nan sondaj nou an, klas ki pi piti te vini an premye ni pou fanmi yo ni pou edikatè yo. Nan yon klas ki "
        "pi piti, pwofesè a wè lè yon elèv gen difikilte, epi chak elèv gen plis tan pou pale, poze kesyon epi "
        "pou moun tande l.",
        pt="Na nossa pesquisa, turmas menores ficaram em primeiro lugar tanto para as famílias quanto para os "
        "educadores. Numa turma menor, o professor percebe quando um estudante está com dificuldade, e cada "
        "estudante tem mais tempo para falar, perguntar e ser ouvido.",
        vi="Trong cuộc khảo sát của chúng tôi, lớp học sĩ số nhỏ được cả phụ huynh lẫn nhà giáo xếp ưu tiên hàng "
        "đầu. Trong một lớp nhỏ hơn, giáo viên nhận ra khi một học sinh gặp khó khăn, và mỗi học sinh có thêm thời "
        "gian để phát biểu, đặt câu hỏi và được lắng nghe.",
        zh="在我们的调查中，小班教学是家庭和教育工作者共同的首要诉求。班级小了，老师能及时发现学生的困难，"
        "每个学生也有更多机会发言、提问并被倾听。",
        ar="في استبياننا، جاءت الفصول الأصغر في المرتبة الأولى لدى الأسر والمعلمين على حد سواء. ففي الفصل الأصغر "
        "يلاحظ المعلم متى يواجه الطالب صعوبة، ويحصل كل طالب على وقت أطول ليتحدث ويسأل ويُسمَع.",
    ),
    first_contract=RichText(
        Text(
            en="No class shall exceed 20 students in kindergarten through grade 3, 24 students in grades 4 through 8, "
            "or 26 students in grades 9 through 12, beginning with the 2027–2028 school year.",
            es="Ningún grupo podrá superar los 20 estudiantes desde kínder hasta 3.er grado, los 24 estudiantes de "
            "4.º a 8.º grado ni los 26 estudiantes de 9.º a 12.º grado, a partir del año escolar 2027–2028.",
            ht="Okenn klas pa dwe gen plis pase 20 elèv depi jadendanfan rive nan 3yèm ane, 24 elèv depi 4yèm rive "
            "nan 8yèm ane, ni 26 elèv depi 9yèm rive nan 12yèm ane, apati ane lekòl 2027–2028.",
            pt="Nenhuma turma poderá ter mais de 20 estudantes do jardim de infância ao 3.º ano, 24 estudantes do "
            "4.º ao 8.º ano ou 26 estudantes do 9.º ao 12.º ano, a partir do ano letivo de 2027–2028.",
            vi="Kể từ năm học 2027–2028, không lớp nào được vượt quá 20 học sinh từ mẫu giáo đến lớp 3, 24 học sinh "
            "từ lớp 4 đến lớp 8, hoặc 26 học sinh từ lớp 9 đến lớp 12.",
            zh="自2027–2028学年起，幼儿园至三年级每班不得超过20名学生，四年级至八年级每班不得超过24名学生，"
            "九年级至十二年级每班不得超过26名学生。",
            ar="اعتبارًا من العام الدراسي 2027–2028، لا يجوز أن يتجاوز عدد الطلاب في أي فصل 20 طالبًا من رياض "
            "الأطفال حتى الصف الثالث، و24 طالبًا من الصف الرابع حتى الصف الثامن، و26 طالبًا من الصف التاسع حتى "
            "الصف الثاني عشر.",
        ),
        OVERSIZED_CLASS,
    ),
    contract=RichText(
        Text(
            en="No class shall exceed 22 students in kindergarten through grade 3, 25 students in grades 4 through 8, "
            "or 27 students in grades 9 through 12. These limits shall apply in high-need schools beginning with "
            "the 2027–2028 school year and in all other schools beginning with the 2028–2029 school year.",
            es="Ningún grupo podrá superar los 22 estudiantes desde kínder hasta 3.er grado, los 25 estudiantes de "
            "4.º a 8.º grado ni los 27 estudiantes de 9.º a 12.º grado. Estos límites se aplicarán en las escuelas "
            "con mayores necesidades a partir del año escolar 2027–2028 y en todas las demás escuelas a partir del "
            "año escolar 2028–2029.",
            ht="Okenn klas pa dwe gen plis pase 22 elèv depi jadendanfan rive nan 3yèm ane, 25 elèv depi 4yèm rive "
            "nan 8yèm ane, ni 27 elèv depi 9yèm rive nan 12yèm ane. Limit sa yo ap aplike nan lekòl ki gen plis "
            "bezwen yo apati ane lekòl 2027–2028, epi nan tout lòt lekòl yo apati ane lekòl 2028–2029.",
            pt="Nenhuma turma poderá ter mais de 22 estudantes do jardim de infância ao 3.º ano, 25 estudantes do "
            "4.º ao 8.º ano ou 27 estudantes do 9.º ao 12.º ano. Esses limites se aplicarão às escolas com maiores "
            "necessidades a partir do ano letivo de 2027–2028 e a todas as demais escolas a partir do ano letivo "
            "de 2028–2029.",
            vi="Không lớp nào được vượt quá 22 học sinh từ mẫu giáo đến lớp 3, 25 học sinh từ lớp 4 đến lớp 8, hoặc "
            "27 học sinh từ lớp 9 đến lớp 12. Các giới hạn này được áp dụng tại các trường có nhu cầu cao kể từ "
            "năm học 2027–2028 và tại tất cả các trường khác kể từ năm học 2028–2029.",
            zh="幼儿园至三年级每班不得超过22名学生，四年级至八年级每班不得超过25名学生，九年级至十二年级每班不得超过27名学生。"
            "上述上限自2027–2028学年起在高需求学校实施，自2028–2029学年起在其他所有学校实施。",
            ar="لا يجوز أن يتجاوز عدد الطلاب في أي فصل 22 طالبًا من رياض الأطفال حتى الصف الثالث، و25 طالبًا من "
            "الصف الرابع حتى الصف الثامن، و27 طالبًا من الصف التاسع حتى الصف الثاني عشر. وتُطبَّق هذه الحدود في "
            "المدارس الأكثر حاجة اعتبارًا من العام الدراسي 2027–2028، وفي سائر المدارس اعتبارًا من العام الدراسي "
            "2028–2029.",
        ),
        OVERSIZED_CLASS,
    ),
    response=Text(
        en="The district accepts lower limits for kindergarten through grade 3 but says it cannot afford them in the "
        "higher grades before 2029. It has asked for a joint review of classroom space.",
        es="El distrito acepta límites más bajos desde kínder hasta 3.er grado, pero afirma que no puede costearlos "
        "en los grados superiores antes de 2029. Ha pedido una revisión conjunta del espacio disponible en las "
        "aulas.",
        ht="Distri a dakò ak limit ki pi ba depi jadendanfan rive nan 3yèm ane, men li di li pa gen mwayen pou fè sa "
        "nan klas ki pi wo yo anvan 2029. Li mande pou nou egzamine espas salklas yo ansanm.",
        pt="O distrito aceita limites menores do jardim de infância ao 3.º ano, mas diz que não pode arcar com eles "
        "nas séries mais avançadas antes de 2029. Pediu uma análise conjunta do espaço disponível nas salas de "
        "aula.",
        vi="Học khu chấp nhận giảm giới hạn sĩ số từ mẫu giáo đến lớp 3 nhưng cho rằng không đủ kinh phí để áp dụng "
        "cho các lớp lớn hơn trước năm 2029. Học khu đề nghị hai bên cùng rà soát diện tích phòng học.",
        zh="学区同意降低幼儿园至三年级的班级人数上限，但表示在2029年之前无力承担更高年级的费用，并提议双方共同评估教室空间。",
        ar="تقبل المنطقة التعليمية حدودًا أدنى من رياض الأطفال حتى الصف الثالث، لكنها تقول إنها لا تستطيع تحمّل "
        "كلفتها في الصفوف الأعلى قبل عام 2029، وطلبت مراجعة مشتركة للمساحات المتاحة في الفصول.",
    ),
    timeline=[
        Step(DRAFTED, day(6, 9), DRAFTED_FROM_SURVEY),
        Step(TABLED, day(9, 17), TABLED_AT_OPENING_SESSION),
        Step(
            DISTRICT_COUNTER,
            day(10, 8),
            Text(
                en="The district offered lower limits for kindergarten to grade 3 only; we answered with a phased-in "
                "version.",
                es="El distrito ofreció límites más bajos solo de kínder a 3.er grado; respondimos con una versión "
                "gradual.",
                ht="Distri a te ofri limit ki pi ba sèlman depi jadendanfan rive nan 3yèm ane; nou reponn ak yon "
                "vèsyon k ap aplike etap pa etap.",
                pt="O distrito ofereceu limites menores apenas do jardim de infância ao 3.º ano; respondemos com uma "
                "versão gradual.",
                vi="Học khu chỉ đề nghị giảm sĩ số từ mẫu giáo đến lớp 3; chúng tôi đáp lại bằng một phương án áp dụng "
                "theo từng giai đoạn.",
                zh="学区仅提出降低幼儿园至三年级的班级人数上限；我们以分阶段实施的方案作出回应。",
                ar="عرضت المنطقة التعليمية حدودًا أدنى من رياض الأطفال حتى الصف الثالث فقط، فرددنا بصيغة تُطبَّق على "
                "مراحل.",
            ),
        ),
    ],
    heard=[
        HeardSpec(
            "listening_theme",
            Text(
                en="At nearly every listening session, parents said their children's classes were too crowded for "
                "anyone to get help.",
                es="En casi todas las sesiones de escucha, madres y padres dijeron que los grupos de sus hijos estaban "
                "tan llenos que nadie podía recibir ayuda.",
                ht="Nan prèske tout sesyon koute yo, paran yo te di klas pitit yo twò chaje pou nenpòt elèv jwenn èd.",
                pt="Em quase todas as sessões de escuta, mães e pais disseram que as turmas dos filhos estavam tão "
                "cheias que ninguém conseguia receber ajuda.",
                vi="Ở hầu hết các buổi lắng nghe, phụ huynh cho biết lớp học của con em họ quá đông đến mức không ai "
                "được giúp đỡ.",
                zh="几乎在每一场倾听会上，家长们都说孩子的班级太拥挤，没有人能得到帮助。",
                ar="في كل جلسات الاستماع تقريبًا، قال أولياء الأمور إن فصول أبنائهم مكتظة إلى حد لا يحصل معه أحد "
                "على المساعدة.",
            ),
            LISTENING_SESSIONS,
        ),
        HeardSpec(
            "survey_question",
            Text(
                en="Smaller classes were the first choice of families and educators in the survey.",
                es="Los grupos más pequeños fueron la primera opción de familias y educadores en la encuesta.",
                ht="Klas ki pi piti se te premye chwa fanmi yo ak edikatè yo nan sondaj la.",
                pt="Turmas menores foram a primeira escolha de famílias e educadores na pesquisa.",
                vi="Lớp học sĩ số nhỏ là lựa chọn hàng đầu của phụ huynh và nhà giáo trong cuộc khảo sát.",
                zh="在调查中，小班教学是家庭和教育工作者的首选。",
                ar="كانت الفصول الأصغر الخيار الأول للأسر والمعلمين في الاستبيان.",
            ),
            SURVEY_RESULTS,
        ),
    ],
)

SPECIAL_EDUCATION_CASELOADS = proposal(
    "special-education-caseloads",
    Text(
        en="Manageable special education caseloads",
        es="Cargas de casos razonables en educación especial",
        ht="Kantite dosye rezonab nan edikasyon espesyal",
        pt="Número de casos razoável na educação especial",
        vi="Số hồ sơ giáo dục đặc biệt hợp lý",
        zh="合理的特殊教育个案量",
        ar="أعداد حالات معقولة في التربية الخاصة",
    ),
    article_number=article("14.1"),
    topic="special-education",
    plank="students-at-the-center",
    summary=Text(
        en="Caps on the number of students each special education teacher and related-service provider is "
        "responsible for, so that every student receives the services in their IEP.",
        es="Límites al número de estudiantes a cargo de cada docente de educación especial y de cada proveedor de "
        "servicios relacionados, para que cada estudiante reciba los servicios de su IEP.",
        ht="Limit sou kantite elèv chak pwofesè edikasyon espesyal ak chak moun ki bay sèvis asosye responsab, pou "
        "chak elèv jwenn sèvis ki nan IEP li.",
        pt="Limites para o número de estudantes sob a responsabilidade de cada professor de educação especial e de "
        "cada profissional de serviços relacionados, para que cada estudante receba os serviços do seu IEP.",
        vi="Giới hạn số học sinh mà mỗi giáo viên giáo dục đặc biệt và mỗi chuyên viên dịch vụ liên quan phụ trách, để "
        "mọi học sinh đều nhận được các dịch vụ trong IEP của mình.",
        zh="为每位特殊教育教师和相关服务人员负责的学生人数设定上限，确保每个学生都能获得其个别化教育计划（IEP）中规定的服务。",
        ar="وضع حد أقصى لعدد الطلاب الذين يتولاهم كل معلم تربية خاصة وكل مقدّم خدمات مساندة، حتى يحصل كل طالب على "
        "الخدمات الواردة في خطة تعليمه الفردية.",
    ),
    why=Text(
        en="When caseloads are too large, speech, counseling and reading sessions written into a student's plan are "
        "missed or cut short. Families told us they often learn about missed services months later.",
        es="Cuando las cargas de casos son demasiado grandes, las sesiones de terapia del habla, de orientación o de "
        "lectura previstas en el plan de un estudiante se pierden o se acortan. Las familias nos contaron que a "
        "menudo se enteran de esos servicios perdidos meses después.",
        ht="Lè gen twòp dosye, seyans terapi lapawòl, konsèy oswa lekti ki ekri nan plan yon elèv pa fèt oswa yo "
        "vin pi kout. Fanmi yo di nou souvan yo aprann sa plizyè mwa apre.",
        pt="Quando o número de casos é grande demais, as sessões de fonoaudiologia, de apoio psicológico ou de "
        "leitura previstas no plano do estudante deixam de acontecer ou são encurtadas. As famílias nos disseram "
        "que muitas vezes só ficam sabendo disso meses depois.",
        vi="Khi số hồ sơ quá lớn, các buổi trị liệu ngôn ngữ, tư vấn hay hỗ trợ đọc đã ghi trong kế hoạch của học "
        "sinh bị bỏ lỡ hoặc rút ngắn. Các gia đình cho biết họ thường chỉ biết chuyện này nhiều tháng sau đó.",
        zh="个案量过大时，学生计划中规定的言语治疗、心理辅导和阅读辅导就会被取消或缩短。家长们告诉我们，他们往往几个月后才知道孩子错过了这些服务。",
        ar="عندما تكون أعداد الحالات كبيرة جدًا، تُلغى أو تُختصر جلسات النطق والإرشاد والقراءة المنصوص عليها في خطة "
        "الطالب. وأخبرتنا الأسر أنها كثيرًا ما لا تعلم بذلك إلا بعد أشهر.",
    ),
    contract=RichText(
        Text(
            en="No special education teacher shall have a caseload of more than 15 students in a resource setting or "
            "more than 10 students in a separate classroom setting.",
            es="Ningún docente de educación especial tendrá una carga de más de 15 estudiantes en un programa de "
            "apoyo ni de más de 10 estudiantes en un aula separada.",
            ht="Okenn pwofesè edikasyon espesyal pa dwe gen plis pase 15 elèv nan yon pwogram sipò, ni plis pase 10 "
            "elèv nan yon salklas apa.",
            pt="Nenhum professor de educação especial terá mais de 15 estudantes em atendimento na sala de recursos "
            "nem mais de 10 estudantes em sala de aula separada.",
            vi="Không giáo viên giáo dục đặc biệt nào phụ trách quá 15 học sinh trong chương trình hỗ trợ hoặc quá 10 "
            "học sinh trong lớp học riêng biệt.",
            zh="特殊教育教师在资源教室模式下负责的学生不得超过15人，在独立班级模式下不得超过10人。",
            ar="لا يجوز أن يتولى معلم التربية الخاصة أكثر من 15 طالبًا في برنامج غرفة المصادر، أو أكثر من 10 طلاب في "
            "فصل منفصل.",
        ),
        Text(
            en="No speech-language pathologist, school psychologist or occupational therapist shall have a caseload "
            "of more than 40 students. When a caseload exceeds these limits for more than twenty school days, the "
            "district shall assign additional staff.",
            es="Ningún patólogo del habla y el lenguaje, psicólogo escolar o terapeuta ocupacional tendrá una carga de "
            "más de 40 estudiantes. Cuando una carga supere estos límites durante más de veinte días lectivos, el "
            "distrito asignará personal adicional.",
            ht="Okenn terapis lapawòl, sikològ lekòl oswa ègoterapis pa dwe gen plis pase 40 elèv. Lè kantite dosye "
            "a depase limit sa yo pandan plis pase ven jou lekòl, distri a dwe ajoute anplwaye.",
            pt="Nenhum fonoaudiólogo, psicólogo escolar ou terapeuta ocupacional terá mais de 40 estudantes. Quando "
            "o número de casos ultrapassar esses limites por mais de vinte dias letivos, o distrito designará "
            "pessoal adicional.",
            vi="Không chuyên viên trị liệu ngôn ngữ, chuyên viên tâm lý học đường hay chuyên viên hoạt động trị liệu "
            "nào phụ trách quá 40 học sinh. Khi số hồ sơ vượt quá các giới hạn này trong hơn hai mươi ngày học, học "
            "khu phải bố trí thêm nhân sự.",
            zh="言语语言治疗师、学校心理学家或职业治疗师负责的学生不得超过40人。个案量超出上述上限超过二十个教学日的，学区应增派人员。",
            ar="لا يجوز أن يتولى أخصائي النطق واللغة أو الأخصائي النفسي المدرسي أو المعالج الوظيفي أكثر من 40 "
            "طالبًا. وإذا تجاوزت أعداد الحالات هذه الحدود لأكثر من عشرين يومًا دراسيًا، تعيّن المنطقة التعليمية "
            "موظفين إضافيين.",
        ),
    ),
    response=Text(
        en="The district proposed caps of 18 and 12 students and wants them to apply only from the 2028–2029 school "
        "year.",
        es="El distrito propuso límites de 18 y 12 estudiantes y quiere que se apliquen solo a partir del año escolar "
        "2028–2029.",
        ht="Distri a pwopoze limit 18 ak 12 elèv epi li vle yo aplike sèlman apati ane lekòl 2028–2029.",
        pt="O distrito propôs limites de 18 e 12 estudantes e quer que eles se apliquem somente a partir do ano "
        "letivo de 2028–2029.",
        vi="Học khu đề xuất giới hạn 18 và 12 học sinh và muốn chỉ áp dụng từ năm học 2028–2029.",
        zh="学区提出的上限为18人和12人，并希望从2028–2029学年起才开始实施。",
        ar="اقترحت المنطقة التعليمية حدًّا أقصى قدره 18 و12 طالبًا، وتريد ألا يُطبَّق إلا اعتبارًا من العام الدراسي "
        "2028–2029.",
    ),
    timeline=[
        Step(DRAFTED, day(6, 16), DRAFTED_WITH_SPECIAL_EDUCATION),
        Step(TABLED, day(9, 17), TABLED_AT_OPENING_SESSION),
        Step(
            DISTRICT_COUNTER,
            day(10, 29),
            Text(
                en="The district countered with higher caps, starting in 2028.",
                es="El distrito respondió con límites más altos, a partir de 2028.",
                ht="Distri a reponn ak limit ki pi wo, apati 2028.",
                pt="O distrito respondeu com limites mais altos, a partir de 2028.",
                vi="Học khu đưa ra phương án đối lại với giới hạn cao hơn, bắt đầu từ năm 2028.",
                zh="学区提出了更高上限的反提案，自2028年起实施。",
                ar="ردّت المنطقة التعليمية بحدود أعلى تبدأ في عام 2028.",
            ),
        ),
    ],
)

TIME_FOR_IEP_MEETINGS = proposal(
    "time-for-iep-meetings",
    Text(
        en="Time for IEP meetings and paperwork",
        es="Tiempo para las reuniones y los documentos del IEP",
        ht="Tan pou reyinyon ak papye IEP yo",
        pt="Tempo para as reuniões e a documentação do IEP",
        vi="Thời gian cho các cuộc họp và hồ sơ IEP",
        zh="为IEP会议和文书工作留出时间",
        ar="وقت لاجتماعات خطط التعليم الفردية وأوراقها",
    ),
    article_number=article("14.2"),
    topic="special-education",
    plank="students-at-the-center",
    summary=Text(
        en="Two paid days each semester for special education staff to write plans and meet families, and IEP "
        "meetings held during the workday.",
        es="Dos días pagados cada semestre para que el personal de educación especial redacte los planes y se reúna "
        "con las familias, y reuniones del IEP dentro de la jornada laboral.",
        ht="De jou peye chak semès pou anplwaye edikasyon espesyal yo ekri plan yo epi rankontre fanmi yo, ak "
        "reyinyon IEP ki fèt pandan lè travay.",
        pt="Dois dias remunerados por semestre para que a equipe de educação especial escreva os planos e se reúna "
        "com as famílias, e reuniões do IEP realizadas durante o horário de trabalho.",
        vi="Hai ngày có trả lương mỗi học kỳ để nhân viên giáo dục đặc biệt soạn kế hoạch và gặp gỡ phụ huynh, và các "
        "cuộc họp IEP được tổ chức trong giờ làm việc.",
        zh="特殊教育人员每学期有两天带薪时间撰写计划、与家长面谈，IEP会议在工作时间内召开。",
        ar="يومان مدفوعا الأجر في كل فصل دراسي ليكتب موظفو التربية الخاصة الخطط ويلتقوا الأسر، وعقد اجتماعات خطط "
        "التعليم الفردية خلال ساعات العمل.",
    ),
    why=Text(
        en="A good plan takes time to write with care. When meetings are squeezed into lunch breaks or late "
        "evenings, families have less say and students' plans are rushed.",
        es="Un buen plan requiere tiempo para redactarlo con cuidado. Cuando las reuniones se meten a la fuerza en la "
        "hora del almuerzo o a última hora de la tarde, las familias tienen menos voz y los planes de los "
        "estudiantes se hacen a las prisas.",
        ht="Yon bon plan mande tan pou ekri l avèk atansyon. Lè yo peze reyinyon yo nan lè manje midi oswa ta nan "
        "aswè, fanmi yo gen mwens vwa epi yo fè plan elèv yo prese prese.",
        pt="Um bom plano leva tempo para ser escrito com cuidado. Quando as reuniões são espremidas no horário de "
        "almoço ou no fim da tarde, as famílias têm menos voz e os planos dos estudantes são feitos às pressas.",
        vi="Một kế hoạch tốt cần thời gian để soạn thảo cẩn thận. Khi các cuộc họp bị dồn vào giờ nghỉ trưa hoặc tối "
        "muộn, phụ huynh ít có tiếng nói hơn và kế hoạch của học sinh bị làm vội vàng.",
        zh="一份好的计划需要时间认真撰写。如果会议被挤到午休或傍晚，家长的发言机会就会减少，学生的计划也会草草了事。",
        ar="تحتاج الخطة الجيدة إلى وقت لتُكتب بعناية. وعندما تُحشر الاجتماعات في استراحة الغداء أو في ساعات المساء "
        "المتأخرة، يقلّ صوت الأسر وتُعَدّ خطط الطلاب على عجل.",
    ),
    contract=RichText(
        Text(
            en="Each special education teacher and related-service provider shall receive two paid workdays each "
            "semester, without students, to prepare individualized education programs and meet with families.",
            es="Cada docente de educación especial y cada proveedor de servicios relacionados recibirá dos días "
            "laborales pagados cada semestre, sin estudiantes, para preparar los programas de educación "
            "individualizada y reunirse con las familias.",
            ht="Chak pwofesè edikasyon espesyal ak chak moun ki bay sèvis asosye dwe resevwa de jou travay peye chak "
            "semès, san elèv, pou prepare pwogram edikasyon endividyalize yo epi rankontre fanmi yo.",
            pt="Cada professor de educação especial e cada profissional de serviços relacionados receberá dois dias "
            "de trabalho remunerados por semestre, sem estudantes, para preparar os programas de educação "
            "individualizada e se reunir com as famílias.",
            vi="Mỗi giáo viên giáo dục đặc biệt và mỗi chuyên viên dịch vụ liên quan được hưởng hai ngày làm việc có "
            "trả lương mỗi học kỳ, không có học sinh, để chuẩn bị các chương trình giáo dục cá nhân hóa và gặp gỡ "
            "phụ huynh.",
            zh="每位特殊教育教师和相关服务人员每学期享有两个不安排学生的带薪工作日，用于准备个别化教育计划并与家长面谈。",
            ar="يحصل كل معلم تربية خاصة وكل مقدّم خدمات مساندة على يومي عمل مدفوعي الأجر في كل فصل دراسي، دون طلاب، "
            "لإعداد برامج التعليم الفردية ولقاء الأسر.",
        ),
        Text(
            en="IEP meetings shall be scheduled during the employee's workday. A meeting held outside the workday at "
            "a family's request shall be paid at the employee's hourly rate.",
            es="Las reuniones del IEP se programarán dentro de la jornada laboral del empleado. Una reunión celebrada "
            "fuera de la jornada a petición de una familia se pagará según la tarifa por hora del empleado.",
            ht="Yo dwe pwograme reyinyon IEP yo pandan jounen travay anplwaye a. Yon reyinyon ki fèt andeyò jounen "
            "travay la paske yon fanmi mande l dwe peye dapre pri pa èdtan anplwaye a.",
            pt="As reuniões do IEP serão marcadas dentro da jornada de trabalho do empregado. Uma reunião realizada "
            "fora da jornada a pedido da família será paga pelo valor da hora do empregado.",
            vi="Các cuộc họp IEP phải được sắp xếp trong ngày làm việc của nhân viên. Cuộc họp tổ chức ngoài giờ làm "
            "việc theo yêu cầu của gia đình sẽ được trả theo mức lương giờ của nhân viên.",
            zh="IEP会议应安排在员工的工作时间内。应家长要求在工作时间以外召开的会议，按员工的小时工资支付报酬。",
            ar="تُحدَّد مواعيد اجتماعات خطط التعليم الفردية خلال يوم عمل الموظف. ويُدفع للموظف أجر الاجتماع الذي يُعقد "
            "خارج يوم العمل بطلب من الأسرة وفق أجره بالساعة.",
        ),
    ),
    response=Text(
        en="The district agreed to both days and to paying for meetings outside the workday.",
        es="El distrito aceptó los dos días y el pago de las reuniones fuera de la jornada laboral.",
        ht="Distri a te dakò pou de jou yo ak pou peye reyinyon ki fèt andeyò jounen travay la.",
        pt="O distrito aceitou os dois dias e o pagamento das reuniões fora da jornada de trabalho.",
        vi="Học khu đã đồng ý cả hai ngày và việc trả lương cho các cuộc họp ngoài giờ làm việc.",
        zh="学区同意了两天的安排，也同意为工作时间以外的会议支付报酬。",
        ar="وافقت المنطقة التعليمية على اليومين وعلى دفع أجر الاجتماعات التي تُعقد خارج يوم العمل.",
    ),
    timeline=[
        Step(DRAFTED, day(6, 16), DRAFTED_WITH_SPECIAL_EDUCATION),
        Step(TABLED, day(9, 17), TABLED_AT_OPENING_SESSION),
        Step(TENTATIVE_AGREEMENT, day(10, 29), TENTATIVE_AGREEMENT_SIGNED),
    ],
)

NO_SHARED_NURSES = Text(
    en="A nurse shall not be assigned to cover another building in addition to their own, except in an "
    "emergency declared by the superintendent.",
    es="No se asignará a una enfermera la cobertura de otro edificio además del suyo, salvo en caso de una "
    "emergencia declarada por el superintendente.",
    ht="Yo pa dwe bay yon enfimyè responsablite yon lòt bilding anplis pa li, sof nan yon ijans sirentandan "
    "an deklare.",
    pt="Nenhum enfermeiro será designado para cobrir outro prédio além do seu, salvo em emergência declarada "
    "pelo superintendente.",
    vi="Không được phân công một y tá phụ trách thêm một tòa nhà khác ngoài nơi mình làm việc, trừ trường hợp "
    "khẩn cấp do tổng giám đốc học khu công bố.",
    zh="除学监宣布紧急状态外，不得安排护士在本校之外兼管其他校舍。",
    ar="لا يُكلَّف الممرض بتغطية مبنى آخر إلى جانب مبناه، إلا في حالة طوارئ يعلنها المشرف العام.",
)

NURSE_IN_EVERY_SCHOOL = proposal(
    "a-nurse-in-every-school",
    Text(
        en="A nurse in every school, every day",
        es="Una enfermera en cada escuela, todos los días",
        ht="Yon enfimyè nan chak lekòl, chak jou",
        pt="Um enfermeiro em cada escola, todos os dias",
        vi="Mỗi trường một y tá, mỗi ngày",
        zh="每所学校每天都有护士",
        ar="ممرض في كل مدرسة، كل يوم",
    ),
    article_number=article("16.1"),
    topic="health-and-wellbeing",
    plank="holistic-supports-and-restorative-justice",
    summary=Text(
        en="A registered nurse in every school building for the whole school day, instead of nurses shared between "
        "several schools.",
        es="Una enfermera titulada en cada edificio escolar durante toda la jornada, en lugar de enfermeras "
        "compartidas entre varias escuelas.",
        ht="Yon enfimyè diplome nan chak bilding lekòl pandan tout jounen lekòl la, olye enfimyè yo pataje ant "
        "plizyè lekòl.",
        pt="Um enfermeiro registrado em cada prédio escolar durante todo o dia letivo, em vez de enfermeiros divididos "
        "entre várias escolas.",
        vi="Mỗi tòa nhà trường học có một y tá có giấy phép hành nghề suốt cả ngày học, thay vì nhiều trường dùng "
        "chung y tá.",
        zh="每栋校舍在整个上课日都有一名注册护士，而不是几所学校共用护士。",
        ar="ممرض مرخّص في كل مبنى مدرسي طوال اليوم الدراسي، بدلًا من ممرضين يتنقلون بين عدة مدارس.",
    ),
    why=Text(
        en="Students with asthma, diabetes or severe allergies need care on the days the nurse is away too. When no "
        "nurse is in the building, teachers and office staff give medicine they are not trained to give, and sick "
        "children are sent home.",
        es="Los estudiantes con asma, diabetes o alergias graves necesitan atención también los días en que la "
        "enfermera no está. Cuando no hay enfermera en el edificio, docentes y personal de oficina administran "
        "medicamentos para los que no tienen formación, y los niños enfermos son enviados a casa.",
        ht="Elèv ki gen opresyon, dyabèt oswa gwo alèji bezwen swen menm jou enfimyè a pa la. Lè pa gen enfimyè nan "
        "bilding lan, pwofesè ak anplwaye biwo yo bay medikaman yo pa fòme pou yo bay, epi yo voye timoun ki "
        "malad yo lakay yo.",
        pt="Estudantes com asma, diabetes ou alergias graves também precisam de cuidados nos dias em que o "
        "enfermeiro não está. Quando não há enfermeiro no prédio, professores e funcionários da secretaria dão "
        "remédios sem terem formação para isso, e as crianças doentes são mandadas para casa.",
        vi="Học sinh bị hen suyễn, tiểu đường hay dị ứng nặng vẫn cần được chăm sóc vào những ngày không có y tá. Khi "
        "trong trường không có y tá, giáo viên và nhân viên văn phòng phải cho học sinh uống thuốc dù không được "
        "đào tạo, và trẻ bị ốm bị cho về nhà.",
        zh="患有哮喘、糖尿病或严重过敏的学生，在护士不在的日子里同样需要照护。学校里没有护士时，老师和办公室职员只能在未经培训的情况下给学生用药，"
        "生病的孩子则被送回家。",
        ar="يحتاج الطلاب المصابون بالربو أو السكري أو الحساسية الشديدة إلى الرعاية في الأيام التي يغيب فيها الممرض "
        "أيضًا. وعندما لا يوجد ممرض في المبنى، يعطي المعلمون وموظفو المكتب أدوية لم يتدربوا على إعطائها، ويُرسَل "
        "الأطفال المرضى إلى منازلهم.",
    ),
    first_contract=RichText(
        Text(
            en="The district shall assign at least one full-time registered nurse to each school building, present "
            "for the entire student day.",
            es="El distrito asignará al menos una enfermera titulada a tiempo completo a cada edificio escolar, "
            "presente durante toda la jornada estudiantil.",
            ht="Distri a dwe mete omwen yon enfimyè diplome a plen tan nan chak bilding lekòl, ki la pandan tout "
            "jounen elèv yo.",
            pt="O distrito designará pelo menos um enfermeiro registrado em tempo integral para cada prédio escolar, "
            "presente durante todo o horário dos estudantes.",
            vi="Học khu phải bố trí ít nhất một y tá có giấy phép hành nghề làm việc toàn thời gian tại mỗi tòa nhà "
            "trường học, có mặt trong suốt ngày học của học sinh.",
            zh="学区应为每栋校舍至少配备一名全职注册护士，在学生在校的整个时段内在岗。",
            ar="تعيّن المنطقة التعليمية ممرضًا مرخّصًا واحدًا على الأقل بدوام كامل لكل مبنى مدرسي، يكون حاضرًا طوال "
            "اليوم الدراسي للطلاب.",
        ),
        NO_SHARED_NURSES,
    ),
    contract=RichText(
        Text(
            en="The district shall assign at least one full-time registered nurse to each school building with 250 "
            "or more students, present for the entire student day. Buildings with fewer than 250 students shall have "
            "a registered nurse present at least three full days each week. All positions shall be filled by "
            "September 1, 2027.",
            es="El distrito asignará al menos una enfermera titulada a tiempo completo a cada edificio escolar con "
            "250 estudiantes o más, presente durante toda la jornada estudiantil. Los edificios con menos de 250 "
            "estudiantes contarán con una enfermera titulada presente al menos tres días completos por semana. "
            "Todos los puestos deberán cubrirse a más tardar el 1 de septiembre de 2027.",
            ht="Distri a dwe mete omwen yon enfimyè diplome a plen tan nan chak bilding lekòl ki gen 250 elèv oswa "
            "plis, ki la pandan tout jounen elèv yo. Bilding ki gen mwens pase 250 elèv dwe gen yon enfimyè diplome "
            "ki la omwen twa jou konplè chak semèn. Tout pòs yo dwe ranpli pa pi ta pase 1ye septanm 2027.",
            pt="O distrito designará pelo menos um enfermeiro registrado em tempo integral para cada prédio escolar "
            "com 250 estudantes ou mais, presente durante todo o horário dos estudantes. Os prédios com menos de 250 "
            "estudantes terão um enfermeiro registrado presente pelo menos três dias inteiros por semana. Todos os "
            "cargos deverão ser preenchidos até 1.º de setembro de 2027.",
            vi="Học khu phải bố trí ít nhất một y tá có giấy phép hành nghề làm việc toàn thời gian tại mỗi tòa nhà "
            "trường học có từ 250 học sinh trở lên, có mặt trong suốt ngày học của học sinh. Các tòa nhà có dưới 250 "
            "học sinh phải có y tá có giấy phép hành nghề có mặt ít nhất ba ngày trọn mỗi tuần. Tất cả các vị trí "
            "phải được tuyển đủ chậm nhất vào ngày 1 tháng 9 năm 2027.",
            zh="学区应为每栋学生人数达到或超过250人的校舍至少配备一名全职注册护士，在学生在校的整个时段内在岗。"
            "学生人数不足250人的校舍，每周至少须有三个整天有注册护士在岗。所有职位须于2027年9月1日前全部到岗。",
            ar="تعيّن المنطقة التعليمية ممرضًا مرخّصًا واحدًا على الأقل بدوام كامل لكل مبنى مدرسي يضم 250 طالبًا أو "
            "أكثر، يكون حاضرًا طوال اليوم الدراسي للطلاب. ويجب أن يحضر ممرض مرخّص في المباني التي يقل عدد طلابها "
            "عن 250 طالبًا ثلاثة أيام كاملة في الأسبوع على الأقل. وتُشغَل جميع الوظائف في موعد أقصاه 1 سبتمبر "
            "2027.",
        ),
        NO_SHARED_NURSES,
    ),
    response=Text(
        en="The district agreed after our revised proposal. It had first offered full-time nurses only in schools "
        "with more than 400 students.",
        es="El distrito aceptó tras nuestra propuesta revisada. Al principio solo había ofrecido enfermeras a tiempo "
        "completo en las escuelas con más de 400 estudiantes.",
        ht="Distri a te dakò apre pwopozisyon nou revize a. Okòmansman, li te ofri enfimyè a plen tan sèlman nan "
        "lekòl ki gen plis pase 400 elèv.",
        pt="O distrito concordou depois da nossa proposta revisada. No início, tinha oferecido enfermeiros em tempo "
        "integral apenas nas escolas com mais de 400 estudantes.",
        vi="Học khu đã đồng ý sau khi chúng tôi điều chỉnh đề xuất. Ban đầu học khu chỉ đề nghị bố trí y tá toàn thời "
        "gian ở các trường có trên 400 học sinh.",
        zh="在我们提交修订提案后，学区表示同意。学区最初只提出为学生超过400人的学校配备全职护士。",
        ar="وافقت المنطقة التعليمية بعد مقترحنا المعدَّل، وكانت قد عرضت في البداية توفير ممرضين بدوام كامل في "
        "المدارس التي يزيد عدد طلابها على 400 طالب فقط.",
    ),
    timeline=[
        Step(DRAFTED, day(6, 9), DRAFTED_FROM_SURVEY),
        Step(TABLED, day(9, 17), TABLED_AT_OPENING_SESSION),
        Step(
            DISTRICT_COUNTER,
            day(10, 8),
            Text(
                en="The district offered full-time nurses only in schools with more than 400 students.",
                es="El distrito ofreció enfermeras a tiempo completo solo en las escuelas con más de 400 estudiantes.",
                ht="Distri a te ofri enfimyè a plen tan sèlman nan lekòl ki gen plis pase 400 elèv.",
                pt="O distrito ofereceu enfermeiros em tempo integral apenas nas escolas com mais de 400 estudantes.",
                vi="Học khu chỉ đề nghị bố trí y tá toàn thời gian ở các trường có trên 400 học sinh.",
                zh="学区提出仅为学生超过400人的学校配备全职护士。",
                ar="عرضت المنطقة التعليمية ممرضين بدوام كامل في المدارس التي يزيد عدد طلابها على 400 طالب فقط.",
            ),
        ),
        Step(
            TENTATIVE_AGREEMENT,
            day(10, 29),
            Text(
                en="Both teams signed the revised language: a nurse in every school by September 2027.",
                es="Ambos equipos firmaron el texto revisado: una enfermera en cada escuela para septiembre de 2027.",
                ht="De ekip yo siyen tèks revize a: yon enfimyè nan chak lekòl pou septanm 2027.",
                pt="As duas equipes assinaram o texto revisado: um enfermeiro em cada escola até setembro de 2027.",
                vi="Hai bên đã ký văn bản sửa đổi: mỗi trường có y tá trước tháng 9 năm 2027.",
                zh="双方签署了修订后的条文：2027年9月前每所学校都配备护士。",
                ar="وقّع الفريقان على الصياغة المعدَّلة: ممرض في كل مدرسة بحلول سبتمبر 2027.",
            ),
        ),
    ],
    heard=[
        HeardSpec(
            "story",
            Text(
                en="A mother told us her son's inhaler was locked in an office on a day the shared nurse was at "
                "another school.",
                es="Una madre nos contó que el inhalador de su hijo estaba guardado bajo llave en una oficina un día "
                "en que la enfermera compartida estaba en otra escuela.",
                ht="Yon manman te rakonte nou ponp opresyon pitit gason l lan te fèmen nan yon biwo yon jou enfimyè "
                "yo pataje a te nan yon lòt lekòl.",
                pt="Uma mãe nos contou que a bombinha de asma do filho estava trancada numa sala num dia em que o "
                "enfermeiro compartilhado estava em outra escola.",
                vi="Một người mẹ kể rằng bình xịt hen của con trai chị bị khóa trong văn phòng vào đúng ngày y tá dùng "
                "chung đang ở trường khác.",
                zh="一位母亲告诉我们，有一天共用的护士在另一所学校，她儿子的哮喘吸入器被锁在办公室里。",
                ar="أخبرتنا أمّ أن بخاخ الربو الخاص بابنها كان مقفلًا عليه في مكتب في يوم كان فيه الممرض المشترك في "
                "مدرسة أخرى.",
            ),
            LISTENING_SESSIONS,
        ),
    ],
)

COUNSELORS_AND_SOCIAL_WORKERS = proposal(
    "counselors-and-social-workers",
    Text(
        en="Counselors and social workers for every student",
        es="Consejeros y trabajadores sociales para cada estudiante",
        ht="Konseye ak travayè sosyal pou chak elèv",
        pt="Orientadores e assistentes sociais para cada estudante",
        vi="Chuyên viên tư vấn và nhân viên xã hội cho mọi học sinh",
        zh="让每个学生都有辅导员和社工",
        ar="مرشدون وأخصائيون اجتماعيون لكل طالب",
    ),
    article_number=article("16.2"),
    topic="health-and-wellbeing",
    plank="holistic-supports-and-restorative-justice",
    summary=Text(
        en="No more than 250 students for each school counselor and each school social worker, with extra staff in "
        "schools where many students have lived through trauma.",
        es="No más de 250 estudiantes por cada consejero escolar y por cada trabajador social escolar, con personal "
        "adicional en las escuelas donde muchos estudiantes han vivido situaciones traumáticas.",
        ht="Pa plis pase 250 elèv pou chak konseye lekòl ak pou chak travayè sosyal lekòl, ak plis anplwaye nan "
        "lekòl kote anpil elèv te viv twomatis.",
        pt="No máximo 250 estudantes para cada orientador escolar e para cada assistente social escolar, com pessoal "
        "adicional nas escolas onde muitos estudantes passaram por traumas.",
        vi="Mỗi chuyên viên tư vấn và mỗi nhân viên xã hội học đường phụ trách không quá 250 học sinh, và bổ sung nhân "
        "sự cho những trường có nhiều học sinh từng trải qua sang chấn.",
        zh="每名学校辅导员和每名学校社工负责的学生不超过250人，并为许多学生经历过创伤的学校增配人员。",
        ar="ألا يزيد عدد الطلاب على 250 طالبًا لكل مرشد مدرسي ولكل أخصائي اجتماعي مدرسي، مع موظفين إضافيين في "
        "المدارس التي مرّ كثير من طلابها بصدمات.",
    ),
    why=Text(
        en="Today one counselor can have more than 500 students. Students in crisis wait weeks to be seen, and "
        "seniors applying to college get a few minutes each.",
        es="Hoy un solo consejero puede tener más de 500 estudiantes. Los estudiantes en crisis esperan semanas para "
        "ser atendidos, y los de último año que solicitan la universidad reciben apenas unos minutos cada uno.",
        ht="Jodi a, yon sèl konseye ka gen plis pase 500 elèv. Elèv ki nan kriz tann plizyè semèn anvan yo wè yo, "
        "epi elèv dènye ane k ap aplike pou inivèsite jwenn kèk minit sèlman chak.",
        pt="Hoje um único orientador pode ter mais de 500 estudantes. Estudantes em crise esperam semanas para ser "
        "atendidos, e os do último ano que se candidatam à faculdade recebem poucos minutos cada.",
        vi="Hiện nay một chuyên viên tư vấn có thể phụ trách hơn 500 học sinh. Học sinh gặp khủng hoảng phải chờ hàng "
        "tuần mới được gặp, còn học sinh lớp 12 nộp hồ sơ đại học mỗi em chỉ được vài phút.",
        zh="如今一名辅导员可能要负责500多名学生。陷入危机的学生要等上几周才能得到帮助，申请大学的毕业班学生每人只能分到几分钟。",
        ar="قد يتولى مرشد واحد اليوم أكثر من 500 طالب. وينتظر الطلاب الذين يمرّون بأزمة أسابيع قبل أن يُستقبَلوا، "
        "ولا يحصل طلاب السنة الأخيرة المتقدمون إلى الجامعات إلا على دقائق معدودة لكل منهم.",
    ),
    contract=RichText(
        Text(
            en="The district shall staff each school so that:",
            es="El distrito dotará de personal a cada escuela de modo que:",
            ht="Distri a dwe bay chak lekòl ase anplwaye pou:",
            pt="O distrito dotará cada escola de pessoal de modo que:",
            vi="Học khu phải bố trí nhân sự cho mỗi trường sao cho:",
            zh="学区应为每所学校配备人员，确保：",
            ar="تزوّد المنطقة التعليمية كل مدرسة بالموظفين بحيث:",
        ),
        NumberedList(
            [
                Text(
                    en="each school counselor serves no more than 250 students;",
                    es="cada consejero escolar atienda a no más de 250 estudiantes;",
                    ht="chak konseye lekòl pa sèvi plis pase 250 elèv;",
                    pt="cada orientador escolar atenda no máximo 250 estudantes;",
                    vi="mỗi chuyên viên tư vấn học đường phụ trách không quá 250 học sinh;",
                    zh="每名学校辅导员负责的学生不超过250人；",
                    ar="لا يخدم كل مرشد مدرسي أكثر من 250 طالبًا؛",
                ),
                Text(
                    en="each school social worker serves no more than 250 students;",
                    es="cada trabajador social escolar atienda a no más de 250 estudiantes;",
                    ht="chak travayè sosyal lekòl pa sèvi plis pase 250 elèv;",
                    pt="cada assistente social escolar atenda no máximo 250 estudantes;",
                    vi="mỗi nhân viên xã hội học đường phụ trách không quá 250 học sinh;",
                    zh="每名学校社工负责的学生不超过250人；",
                    ar="لا يخدم كل أخصائي اجتماعي مدرسي أكثر من 250 طالبًا؛",
                ),
                Text(
                    en="schools identified under Section 16.5 receive at least one additional counselor or social "
                    "worker.",
                    es="las escuelas identificadas conforme a la Sección 16.5 reciban al menos un consejero o "
                    "trabajador social adicional.",
                    ht="lekòl ki idantifye dapre Seksyon 16.5 yo resevwa omwen yon konseye oswa yon travayè sosyal "
                    "anplis.",
                    pt="as escolas identificadas nos termos da Seção 16.5 recebam pelo menos um orientador ou "
                    "assistente social adicional.",
                    vi="các trường được xác định theo Mục 16.5 được bổ sung ít nhất một chuyên viên tư vấn hoặc nhân "
                    "viên xã hội.",
                    zh="依第16.5款认定的学校至少增配一名辅导员或社工。",
                    ar="تحصل المدارس المحددة بموجب البند 16.5 على مرشد أو أخصائي اجتماعي إضافي واحد على الأقل.",
                ),
            ]
        ),
    ),
    response=Text(
        en="The district agrees that more counselors are needed and has asked for time to cost the ratios. It will "
        "answer at the next session.",
        es="El distrito reconoce que hacen falta más consejeros y ha pedido tiempo para calcular el costo de estas "
        "proporciones. Responderá en la próxima sesión.",
        ht="Distri a rekonèt li bezwen plis konseye epi li mande tan pou l kalkile konbyen rapò sa yo ap koute. L ap "
        "reponn nan pwochen sesyon an.",
        pt="O distrito concorda que são necessários mais orientadores e pediu tempo para calcular o custo dessas "
        "proporções. Responderá na próxima sessão.",
        vi="Học khu đồng ý rằng cần thêm chuyên viên tư vấn và đề nghị có thời gian để tính toán chi phí cho các tỷ lệ "
        "này. Học khu sẽ trả lời tại phiên tới.",
        zh="学区同意需要增加辅导员，并要求给予时间核算这些配比的成本，将在下次会议上答复。",
        ar="تتفق المنطقة التعليمية على الحاجة إلى مزيد من المرشدين، وطلبت وقتًا لتقدير كلفة هذه النسب، وستردّ في "
        "الجلسة القادمة.",
    ),
    timeline=[
        Step(DRAFTED, day(6, 9), DRAFTED_FROM_SURVEY),
        Step(TABLED, day(9, 17), TABLED_AT_OPENING_SESSION),
    ],
)

RESTORATIVE_PRACTICES = proposal(
    "restorative-practices",
    Text(
        en="Restorative practices instead of suspensions",
        es="Prácticas restaurativas en lugar de suspensiones",
        ht="Pratik restoratif olye sispansyon",
        pt="Práticas restaurativas no lugar de suspensões",
        vi="Phương pháp phục hồi thay cho đình chỉ học",
        zh="以修复式做法取代停学",
        ar="ممارسات تصالحية بدلًا من الفصل المؤقت",
    ),
    article_number=article("18.1"),
    topic="health-and-wellbeing",
    plank="holistic-supports-and-restorative-justice",
    summary=Text(
        en="A restorative practices coordinator in every middle and high school, training for all staff, and an end "
        "to suspensions for minor misbehavior.",
        es="Un coordinador de prácticas restaurativas en cada escuela intermedia y secundaria, formación para todo el "
        "personal y el fin de las suspensiones por faltas leves.",
        ht="Yon kowòdonatè pratik restoratif nan chak lekòl mwayen ak lekòl segondè, fòmasyon pou tout anplwaye "
        "yo, epi pa gen sispansyon ankò pou ti fot.",
        pt="Um coordenador de práticas restaurativas em cada escola de ensino fundamental II e médio, formação para "
        "toda a equipe e o fim das suspensões por faltas leves.",
        vi="Mỗi trường trung học cơ sở và trung học phổ thông có một điều phối viên về phương pháp phục hồi, toàn bộ "
        "nhân viên được đào tạo, và chấm dứt việc đình chỉ học vì vi phạm nhỏ.",
        zh="每所初中和高中配备一名修复式做法协调员，对全体教职员工进行培训，并停止因轻微违纪而停学。",
        ar="منسّق للممارسات التصالحية في كل مدرسة إعدادية وثانوية، وتدريب لجميع العاملين، ووقف الفصل المؤقت بسبب "
        "المخالفات البسيطة.",
    ),
    why=Text(
        en="A suspended student loses days of learning and often falls further behind. In our district, Black "
        "students are suspended at three times the rate of their classmates. Restorative practices teach students "
        "to repair harm and keep them in class.",
        es="Un estudiante suspendido pierde días de aprendizaje y a menudo se atrasa aún más. En nuestro distrito, "
        "los estudiantes negros son suspendidos tres veces más que sus compañeros. Las prácticas restaurativas "
        "enseñan a reparar el daño y mantienen a los estudiantes en clase.",
        ht="Yon elèv yo sispann pèdi plizyè jou aprantisaj, e souvan li vin pi an reta. Nan distri nou an, yo "
        "sispann elèv nwa twa fwa plis pase kamarad yo. Pratik restoratif yo montre elèv yo kijan pou yo repare "
        "domaj epi yo kenbe yo nan klas.",
        pt="Um estudante suspenso perde dias de aprendizagem e muitas vezes fica ainda mais atrasado. No nosso "
        "distrito, estudantes negros são suspensos três vezes mais do que os colegas. As práticas restaurativas "
        "ensinam a reparar o dano e mantêm os estudantes em sala de aula.",
        vi="Học sinh bị đình chỉ mất nhiều ngày học và thường càng tụt lại phía sau. Ở học khu của chúng ta, học sinh "
        "da đen bị đình chỉ với tỷ lệ cao gấp ba lần các bạn cùng lớp. Phương pháp phục hồi dạy học sinh cách hàn "
        "gắn tổn thương và giữ các em ở lại lớp.",
        zh="被停学的学生会错过好几天的学习，往往因此更加落后。在我们学区，黑人学生被停学的比例是其他同学的三倍。"
        "修复式做法教学生弥补过错，并让他们留在课堂上。",
        ar="يخسر الطالب المفصول مؤقتًا أيامًا من التعلّم، وكثيرًا ما يتأخر أكثر عن زملائه. وفي منطقتنا التعليمية "
        "يُفصل الطلاب السود مؤقتًا بمعدل ثلاثة أضعاف زملائهم. أما الممارسات التصالحية فتعلّم الطلاب إصلاح الضرر "
        "وتُبقيهم في الفصل.",
    ),
    contract=RichText(
        Text(
            en="The district shall employ a full-time restorative practices coordinator in each middle school and "
            "high school, and shall provide every staff member with at least twelve hours of paid training in "
            "restorative practices each school year.",
            es="El distrito empleará a un coordinador de prácticas restaurativas a tiempo completo en cada escuela "
            "intermedia y secundaria, y ofrecerá a todo el personal al menos doce horas pagadas de formación en "
            "prácticas restaurativas cada año escolar.",
            ht="Distri a dwe anplwaye yon kowòdonatè pratik restoratif a plen tan nan chak lekòl mwayen ak chak lekòl "
            "segondè, epi li dwe bay chak anplwaye omwen douz èdtan fòmasyon peye sou pratik restoratif chak ane "
            "lekòl.",
            pt="O distrito contratará um coordenador de práticas restaurativas em tempo integral para cada escola de "
            "ensino fundamental II e de ensino médio, e oferecerá a cada membro da equipe pelo menos doze horas "
            "remuneradas de formação em práticas restaurativas a cada ano letivo.",
            vi="Học khu phải tuyển một điều phối viên toàn thời gian về phương pháp phục hồi tại mỗi trường trung học "
            "cơ sở và trung học phổ thông, và phải tổ chức cho mọi nhân viên ít nhất mười hai giờ đào tạo có trả "
            "lương về phương pháp phục hồi trong mỗi năm học.",
            zh="学区应在每所初中和高中聘用一名全职修复式做法协调员，并在每个学年为每位教职员工提供至少十二小时带薪的修复式做法培训。",
            ar="توظّف المنطقة التعليمية منسّقًا متفرغًا للممارسات التصالحية في كل مدرسة إعدادية وثانوية، وتوفر لكل "
            "موظف ما لا يقل عن اثنتي عشرة ساعة مدفوعة الأجر من التدريب على الممارسات التصالحية في كل عام دراسي.",
        ),
        Text(
            en="No student in kindergarten through grade 5 shall be suspended except for conduct that causes serious "
            "bodily injury. No student in any grade shall be suspended for tardiness, dress code violations or "
            "disrespect.",
            es="Ningún estudiante desde kínder hasta 5.º grado será suspendido, salvo por conductas que causen "
            "lesiones corporales graves. Ningún estudiante de ningún grado será suspendido por impuntualidad, por "
            "infringir el código de vestimenta o por faltas de respeto.",
            ht="Yo p ap sispann okenn elèv depi jadendanfan rive nan 5yèm ane, sof pou yon konpòtman ki lakòz yon "
            "blesi grav sou kò yon moun. Yo p ap sispann okenn elèv, kèlkeswa klas li, paske li an reta, paske li "
            "pa respekte règ rad yo oswa paske li manke respè.",
            pt="Nenhum estudante do jardim de infância ao 5.º ano será suspenso, exceto por conduta que cause lesão "
            "corporal grave. Nenhum estudante de qualquer série será suspenso por atraso, por violação do código "
            "de vestimenta ou por desrespeito.",
            vi="Không học sinh nào từ mẫu giáo đến lớp 5 bị đình chỉ học, trừ trường hợp hành vi gây thương tích "
            "nghiêm trọng về thân thể. Không học sinh nào ở bất kỳ khối lớp nào bị đình chỉ học vì đi trễ, vi phạm "
            "quy định về trang phục hoặc thiếu lễ độ.",
            zh="幼儿园至五年级的学生，除造成严重身体伤害的行为外，不得被停学。任何年级的学生均不得因迟到、违反着装规定或不礼貌而被停学。",
            ar="لا يُفصل أي طالب من رياض الأطفال حتى الصف الخامس فصلًا مؤقتًا إلا بسبب سلوك يُلحق أذى جسديًا جسيمًا. "
            "ولا يُفصل أي طالب في أي صف بسبب التأخر أو مخالفة قواعد اللباس أو قلة الاحترام.",
        ),
    ),
    response=Text(
        en="The district says its code of conduct already encourages restorative approaches. It asked to see our "
        "training plan before discussing staffing.",
        es="El distrito afirma que su código de conducta ya fomenta los enfoques restaurativos. Pidió ver nuestro "
        "plan de formación antes de hablar de personal.",
        ht="Distri a di kòd konduit li a deja ankouraje apwòch restoratif. Li mande pou l wè plan fòmasyon nou an "
        "anvan nou pale sou anplwaye.",
        pt="O distrito diz que o seu código de conduta já incentiva abordagens restaurativas. Pediu para ver o nosso "
        "plano de formação antes de discutir a contratação de pessoal.",
        vi="Học khu cho rằng bộ quy tắc ứng xử hiện hành đã khuyến khích cách tiếp cận phục hồi. Học khu đề nghị xem "
        "kế hoạch đào tạo của chúng tôi trước khi bàn về nhân sự.",
        zh="学区表示，其行为准则已经鼓励采用修复式做法，并要求在讨论人员配置之前先看到我们的培训计划。",
        ar="تقول المنطقة التعليمية إن مدونة السلوك لديها تشجّع أصلًا على المقاربات التصالحية، وطلبت الاطلاع على خطة "
        "التدريب لدينا قبل مناقشة التوظيف.",
    ),
    timeline=[
        Step(
            DRAFTED,
            day(6, 16),
            Text(
                en="Written with students from the district's youth council",
                es="Redactada con estudiantes del consejo juvenil del distrito",
                ht="Nou ekri l ansanm ak elèv ki nan konsèy jèn distri a",
                pt="Redigida com estudantes do conselho juvenil do distrito",
                vi="Được soạn thảo cùng các học sinh trong hội đồng thanh niên của học khu",
                zh="与学区青年委员会的学生共同起草",
                ar="صيغت مع طلاب من مجلس الشباب في المنطقة التعليمية",
            ),
        ),
        Step(TABLED, day(10, 8), TABLED_AT_SECOND_SESSION),
    ],
    heard=[
        HeardSpec(
            "listening_theme",
            Text(
                en="Students asked for adults who listen before they punish.",
                es="Los estudiantes pidieron adultos que escuchen antes de castigar.",
                ht="Elèv yo te mande granmoun ki koute anvan yo pini.",
                pt="Os estudantes pediram adultos que escutem antes de punir.",
                vi="Học sinh mong có những người lớn biết lắng nghe trước khi trách phạt.",
                zh="学生们希望大人在惩罚之前先倾听。",
                ar="طلب الطلاب بالغين يستمعون قبل أن يعاقبوا.",
            ),
            LISTENING_SESSIONS,
        ),
    ],
)

EVALUATION_BEYOND_TEST_SCORES = proposal(
    "evaluation-beyond-test-scores",
    Text(
        en="Evaluation that looks at growth, not a single test",
        es="Una evaluación que mire el progreso, no un solo examen",
        ht="Yon evalyasyon ki gade pwogrè, pa yon sèl egzamen",
        pt="Uma avaliação que olhe para o progresso, não para uma única prova",
        vi="Đánh giá dựa trên sự tiến bộ, không phải một bài thi",
        zh="看成长而非一次考试的评价",
        ar="تقييم ينظر إلى التقدّم لا إلى اختبار واحد",
    ),
    article_number=article("20.3"),
    topic="mentoring-and-evaluation",
    plank="accountability-and-collaboration",
    summary=Text(
        en="Educator evaluations would use several measures of student growth, chosen with the educator, and no "
        "longer rest on state test scores.",
        es="Las evaluaciones de los educadores usarían varios indicadores del progreso de los estudiantes, elegidos "
        "junto con el educador, y dejarían de basarse en los resultados de los exámenes estatales.",
        ht="Evalyasyon edikatè yo t ap sèvi ak plizyè mezi pwogrè elèv yo, edikatè a t ap chwazi yo ansanm ak "
        "evalyatè a, epi yo pa t ap baze sou nòt egzamen leta ankò.",
        pt="As avaliações dos educadores usariam vários indicadores do progresso dos estudantes, escolhidos junto com "
        "o educador, e deixariam de se basear nas notas das provas estaduais.",
        vi="Việc đánh giá nhà giáo sẽ sử dụng nhiều tiêu chí về sự tiến bộ của học sinh, được lựa chọn cùng với nhà "
        "giáo, và không còn dựa vào điểm thi của tiểu bang.",
        zh="教育工作者的评价将采用与本人共同选定的多项学生成长指标，不再以州统考成绩为依据。",
        ar="تعتمد تقييمات المعلمين على مقاييس متعددة لتقدّم الطلاب يُتفق عليها مع المعلم، ولا تعود قائمة على درجات "
        "اختبارات الولاية.",
    ),
    why=Text(
        en="A single test tells little about what a student learned in a year, and it pushes teaching toward test "
        "practice. Students gain when teachers are judged on real growth: projects, portfolios, progress in "
        "reading.",
        es="Un solo examen dice poco sobre lo que un estudiante aprendió en un año, y empuja la enseñanza hacia la "
        "práctica de exámenes. Los estudiantes salen ganando cuando se valora a los docentes por el progreso real: "
        "proyectos, portafolios, avances en lectura.",
        ht="Yon sèl egzamen pa di anpil bagay sou sa yon elèv aprann nan yon ane, epi li pouse ansèyman an vin "
        "tounen pratik pou egzamen. Elèv yo genyen lè yo jije pwofesè yo sou vrè pwogrè: pwojè, pòtfolyo, pwogrè "
        "nan lekti.",
        pt="Uma única prova diz pouco sobre o que o estudante aprendeu em um ano e empurra o ensino para o treino de "
        "provas. Os estudantes ganham quando os professores são avaliados pelo progresso real: projetos, "
        "portfólios, avanços na leitura.",
        vi="Một bài thi duy nhất nói lên rất ít về những gì học sinh học được trong một năm, và khiến việc dạy học "
        "chạy theo luyện thi. Học sinh được lợi khi giáo viên được đánh giá dựa trên sự tiến bộ thực sự: dự án, hồ "
        "sơ học tập, tiến bộ trong việc đọc.",
        zh="一次考试很难反映学生一年里学到了什么，还会让教学变成应试训练。以真实的成长来评价教师——项目作业、学习档案、阅读进步——"
        "学生才会真正受益。",
        ar="لا يكشف اختبار واحد إلا القليل عمّا تعلّمه الطالب خلال عام، ويدفع التدريس نحو التدريب على الاختبارات. "
        "ويستفيد الطلاب عندما يُقيَّم المعلمون بحسب التقدّم الحقيقي: المشاريع، وملفات الإنجاز، والتقدّم في "
        "القراءة.",
    ),
    contract=RichText(
        Text(
            en="Measures of student learning used in an educator's evaluation shall be chosen by the educator and the "
            "evaluator together from a list agreed by the parties, and shall include at least two different kinds "
            "of evidence.",
            es="Los indicadores de aprendizaje estudiantil usados en la evaluación de un educador serán elegidos "
            "conjuntamente por el educador y el evaluador, a partir de una lista acordada por las partes, e "
            "incluirán al menos dos tipos de evidencia distintos.",
            ht="Edikatè a ak evalyatè a dwe chwazi ansanm mezi aprantisaj elèv yo ap sèvi nan evalyasyon edikatè a, "
            "nan yon lis de pati yo dakò sou li, epi mezi sa yo dwe gen omwen de kalite prèv diferan.",
            pt="Os indicadores de aprendizagem usados na avaliação de um educador serão escolhidos em conjunto pelo "
            "educador e pelo avaliador, a partir de uma lista acordada pelas partes, e incluirão pelo menos dois "
            "tipos diferentes de evidência.",
            vi="Các tiêu chí về kết quả học tập của học sinh dùng trong việc đánh giá nhà giáo phải do nhà giáo và "
            "người đánh giá cùng lựa chọn từ danh sách đã được hai bên thống nhất, và phải bao gồm ít nhất hai loại "
            "minh chứng khác nhau.",
            zh="用于教育工作者评价的学生学习指标，应由教育工作者与评价人从双方议定的清单中共同选定，并至少包括两种不同类型的证据。",
            ar="يختار المعلم والمقيِّم معًا مقاييس تعلّم الطلاب المستخدمة في تقييم المعلم من قائمة يتفق عليها "
            "الطرفان، على أن تشمل نوعين مختلفين على الأقل من الأدلة.",
        ),
        Text(
            en="Results of state standardized tests shall not be used as a measure in any educator's evaluation.",
            es="Los resultados de los exámenes estandarizados estatales no se usarán como indicador en la evaluación "
            "de ningún educador.",
            ht="Yo pa dwe sèvi ak rezilta egzamen estanda leta yo kòm mezi nan evalyasyon okenn edikatè.",
            pt="Os resultados das provas padronizadas estaduais não serão usados como indicador na avaliação de "
            "nenhum educador.",
            vi="Không được sử dụng kết quả các kỳ thi chuẩn hóa của tiểu bang làm tiêu chí trong việc đánh giá bất kỳ "
            "nhà giáo nào.",
            zh="州标准化考试的成绩不得作为任何教育工作者评价的指标。",
            ar="لا تُستخدم نتائج اختبارات الولاية المعيارية مقياسًا في تقييم أي معلم.",
        ),
    ),
    response=Text(
        en="The district wants state test results to count for 20 percent of the evaluation of teachers in tested "
        "grades. It agrees that the other measures should be chosen together.",
        es="El distrito quiere que los resultados de los exámenes estatales cuenten un 20 % en la evaluación de los "
        "docentes de los grados evaluados. Está de acuerdo en que los demás indicadores se elijan conjuntamente.",
        ht="Distri a vle rezilta egzamen leta yo konte pou 20 pousan nan evalyasyon pwofesè ki nan klas kote elèv "
        "yo pase egzamen sa yo. Li dakò pou yo chwazi lòt mezi yo ansanm.",
        pt="O distrito quer que os resultados das provas estaduais valham 20% da avaliação dos professores das séries "
        "avaliadas. Concorda que os demais indicadores sejam escolhidos em conjunto.",
        vi="Học khu muốn kết quả thi của tiểu bang chiếm 20 phần trăm trong đánh giá giáo viên ở các khối lớp có thi. "
        "Học khu đồng ý rằng các tiêu chí khác nên được cùng lựa chọn.",
        zh="学区希望在参加统考的年级中，州统考成绩占教师评价的20%，并同意其他指标由双方共同选定。",
        ar="تريد المنطقة التعليمية أن تُحتسب نتائج اختبارات الولاية بنسبة 20 في المئة من تقييم معلمي الصفوف التي "
        "تخضع لها، وتوافق على أن تُختار المقاييس الأخرى بالاتفاق.",
    ),
    timeline=[
        Step(
            DRAFTED,
            day(6, 23),
            Text(
                en="Written by the union's evaluation committee",
                es="Redactada por el comité de evaluación del sindicato",
                ht="Komite evalyasyon sendika a ekri l",
                pt="Redigida pelo comitê de avaliação do sindicato",
                vi="Do ban đánh giá của công đoàn soạn thảo",
                zh="由工会评价委员会起草",
                ar="صاغتها لجنة التقييم في النقابة",
            ),
        ),
        Step(TABLED, day(9, 17), TABLED_AT_OPENING_SESSION),
        Step(
            DISTRICT_COUNTER,
            day(10, 29),
            Text(
                en="The district countered: state tests at 20 percent in tested grades.",
                es="El distrito respondió: exámenes estatales con un peso del 20 % en los grados evaluados.",
                ht="Distri a reponn: egzamen leta yo ta konte pou 20 pousan nan klas ki pase egzamen.",
                pt="O distrito respondeu: provas estaduais com peso de 20% nas séries avaliadas.",
                vi="Học khu đưa ra phương án đối lại: điểm thi tiểu bang chiếm 20 phần trăm ở các khối lớp có thi.",
                zh="学区提出反提案：在参加统考的年级中，州统考成绩占20%。",
                ar="ردّت المنطقة التعليمية: احتساب اختبارات الولاية بنسبة 20 في المئة في الصفوف التي تخضع لها.",
            ),
        ),
    ],
)

MENTORS_FOR_NEW_EDUCATORS = proposal(
    "mentors-for-new-educators",
    Text(
        en="A mentor for every new educator",
        es="Un mentor para cada educador nuevo",
        ht="Yon mantò pou chak nouvo edikatè",
        pt="Um mentor para cada novo educador",
        vi="Mỗi nhà giáo mới có một người cố vấn",
        zh="每位新教育工作者都有一位导师",
        ar="مرشد لكل معلم جديد",
    ),
    article_number=article("21.1"),
    topic="mentoring-and-evaluation",
    plank="elevating-the-profession",
    summary=Text(
        en="Every educator in their first two years is matched with a trained mentor, active or retired, with paid "
        "time to meet each week.",
        es="Cada educador en sus dos primeros años tiene asignado un mentor capacitado, en activo o jubilado, con "
        "tiempo pagado para reunirse cada semana.",
        ht="Chak edikatè ki nan de premye ane li gen yon mantò ki fòme, aktif oswa retrete, ak tan peye pou yo "
        "rankontre chak semèn.",
        pt="Cada educador nos dois primeiros anos recebe um mentor capacitado, da ativa ou aposentado, com tempo "
        "remunerado para se encontrarem toda semana.",
        vi="Mỗi nhà giáo trong hai năm đầu được ghép cặp với một người cố vấn đã qua đào tạo, đang công tác hoặc đã "
        "nghỉ hưu, với thời gian có trả lương để gặp nhau hằng tuần.",
        zh="每位入职头两年的教育工作者都会与一位受过培训的在职或退休导师结对，并有带薪时间每周见面。",
        ar="يُقرن كل معلم في سنتيه الأوليين بمرشد مدرَّب، عاملٍ أو متقاعد، مع وقت مدفوع الأجر للقاء كل أسبوع.",
    ),
    why=Text(
        en="Many new teachers leave within five years, and students in high-need schools lose them first. A mentor "
        "helps new educators grow in the job and stay, so students keep teachers who know them.",
        es="Muchos docentes nuevos se van antes de cinco años, y los estudiantes de las escuelas con mayores "
        "necesidades son los primeros en perderlos. Un mentor ayuda a los nuevos educadores a crecer en su trabajo "
        "y a quedarse, para que los estudiantes conserven a docentes que los conocen.",
        ht="Anpil nouvo pwofesè kite travay la anvan senk ane, epi se elèv nan lekòl ki gen plis bezwen yo ki pèdi "
        "yo an premye. Yon mantò ede nouvo edikatè yo grandi nan travay la epi rete, konsa elèv yo kenbe pwofesè "
        "ki konnen yo.",
        pt="Muitos professores novos desistem em menos de cinco anos, e os estudantes das escolas com maiores "
        "necessidades são os primeiros a perdê-los. Um mentor ajuda os novos educadores a crescer na profissão e a "
        "permanecer, para que os estudantes mantenham professores que os conhecem.",
        vi="Nhiều giáo viên mới nghỉ việc trong vòng năm năm, và học sinh ở các trường có nhu cầu cao là những người "
        "mất họ trước tiên. Người cố vấn giúp nhà giáo mới trưởng thành trong nghề và ở lại, để học sinh giữ được "
        "những thầy cô hiểu mình.",
        zh="许多新教师在五年内离职，而高需求学校的学生最先失去他们。导师能帮助新教育工作者在岗位上成长并留下来，让学生能继续由了解自己的老师任教。",
        ar="يترك كثير من المعلمين الجدد المهنة خلال خمس سنوات، وطلاب المدارس الأكثر حاجة هم أول من يفقدهم. ويساعد "
        "المرشد المعلمين الجدد على النمو في عملهم والبقاء فيه، فيحتفظ الطلاب بمعلمين يعرفونهم.",
    ),
    contract=RichText(
        Text(
            en="Each educator in the first or second year of service shall be assigned a trained mentor within the "
            "first twenty school days. Retired members of the bargaining unit may serve as mentors.",
            es="A cada educador en su primer o segundo año de servicio se le asignará un mentor capacitado dentro de "
            "los primeros veinte días lectivos. Los miembros jubilados de la unidad de negociación podrán actuar "
            "como mentores.",
            ht="Yo dwe bay chak edikatè ki nan premye oswa dezyèm ane sèvis li yon mantò ki fòme nan ven premye jou "
            "lekòl yo. Manm retrete inite negosyasyon an ka sèvi kòm mantò.",
            pt="Cada educador no primeiro ou no segundo ano de serviço receberá um mentor capacitado nos primeiros "
            "vinte dias letivos. Associados aposentados da unidade de negociação poderão atuar como mentores.",
            vi="Mỗi nhà giáo trong năm công tác thứ nhất hoặc thứ hai phải được phân công một người cố vấn đã qua đào "
            "tạo trong vòng hai mươi ngày học đầu tiên. Các thành viên đã nghỉ hưu của đơn vị thương lượng có thể "
            "làm người cố vấn.",
            zh="每位任职第一年或第二年的教育工作者，应在开学后前二十个教学日内获派一位受过培训的导师。谈判单位的退休会员可担任导师。",
            ar="يُعيَّن لكل معلم في سنة خدمته الأولى أو الثانية مرشد مدرَّب خلال الأيام الدراسية العشرين الأولى. "
            "ويجوز للأعضاء المتقاعدين في الوحدة التفاوضية العمل مرشدين.",
        ),
        Text(
            en="Mentors and the educators they support shall have one paid hour each week to meet. Mentors shall "
            "receive a stipend of $1,500 per school year for each educator they support.",
            es="Los mentores y los educadores a quienes acompañan dispondrán de una hora pagada cada semana para "
            "reunirse. Los mentores recibirán un estipendio de $1,500 por año escolar por cada educador al que "
            "acompañen.",
            ht="Mantò yo ak edikatè y ap sipòte yo dwe gen yon èdtan peye chak semèn pou yo rankontre. Mantò yo dwe "
            "resevwa yon prim $1,500 chak ane lekòl pou chak edikatè y ap sipòte.",
            pt="Os mentores e os educadores que acompanham terão uma hora remunerada por semana para se reunir. Os "
            "mentores receberão uma gratificação de $1,500 por ano letivo para cada educador que acompanharem.",
            vi="Người cố vấn và nhà giáo được hỗ trợ có một giờ có trả lương mỗi tuần để gặp nhau. Người cố vấn được "
            "nhận khoản phụ cấp $1,500 mỗi năm học cho mỗi nhà giáo mà họ hỗ trợ.",
            zh="导师与其指导的教育工作者每周有一小时带薪时间见面。导师每指导一位教育工作者，每学年可获得1,500美元津贴。",
            ar="يُمنح المرشدون والمعلمون الذين يدعمونهم ساعة مدفوعة الأجر كل أسبوع للقاء. ويحصل المرشد على مكافأة "
            "قدرها 1,500 دولار في كل عام دراسي عن كل معلم يدعمه.",
        ),
    ),
    response=Text(
        en="The district first offered mentors for first-year teachers only. It agreed to two years after retired "
        "members volunteered to serve as mentors.",
        es="Al principio, el distrito ofreció mentores solo para los docentes de primer año. Aceptó los dos años "
        "después de que miembros jubilados se ofrecieran como mentores.",
        ht="Okòmansman, distri a te ofri mantò sèlman pou pwofesè ki nan premye ane yo. Li te dakò pou de ane apre "
        "manm retrete yo te ofri pou yo sèvi kòm mantò.",
        pt="No início, o distrito ofereceu mentores apenas para professores do primeiro ano. Aceitou os dois anos "
        "depois que associados aposentados se ofereceram como mentores.",
        vi="Ban đầu học khu chỉ đề nghị có người cố vấn cho giáo viên năm thứ nhất. Học khu đã đồng ý kéo dài thành "
        "hai năm sau khi các thành viên đã nghỉ hưu tình nguyện làm người cố vấn.",
        zh="学区最初只同意为第一年教师配备导师。在退休会员主动报名担任导师后，学区同意延长至两年。",
        ar="عرضت المنطقة التعليمية في البداية مرشدين لمعلمي السنة الأولى فقط، ثم وافقت على سنتين بعد أن تطوّع "
        "أعضاء متقاعدون للعمل مرشدين.",
    ),
    timeline=[
        Step(
            DRAFTED,
            day(4, 7),
            Text(
                en="Written with retired members who volunteered as mentors",
                es="Redactada con miembros jubilados que se ofrecieron como mentores",
                ht="Nou ekri l ansanm ak manm retrete ki te ofri pou yo sèvi kòm mantò",
                pt="Redigida com associados aposentados que se ofereceram como mentores",
                vi="Được soạn thảo cùng các thành viên đã nghỉ hưu tình nguyện làm người cố vấn",
                zh="与主动报名担任导师的退休会员共同起草",
                ar="صيغت مع أعضاء متقاعدين تطوعوا للعمل مرشدين",
            ),
        ),
        Step(TABLED, day(5, 12), TABLED_AT_SPRING_SESSION),
        Step(
            DISTRICT_COUNTER,
            day(5, 21),
            Text(
                en="The district offered mentors in the first year only.",
                es="El distrito ofreció mentores solo durante el primer año.",
                ht="Distri a te ofri mantò sèlman pou premye ane a.",
                pt="O distrito ofereceu mentores apenas no primeiro ano.",
                vi="Học khu chỉ đề nghị có người cố vấn trong năm đầu.",
                zh="学区提出仅在第一年配备导师。",
                ar="عرضت المنطقة التعليمية مرشدين في السنة الأولى فقط.",
            ),
        ),
        Step(TENTATIVE_AGREEMENT, day(5, 28), TENTATIVE_AGREEMENT_SIGNED),
        Step(RATIFIED, day(6, 11), RATIFIED_BY_MEMBERS),
    ],
    heard=[
        HeardSpec(
            "other",
            Text(
                en="Sixty retired members offered to mentor new teachers.",
                es="Sesenta miembros jubilados se ofrecieron para acompañar a docentes nuevos.",
                ht="Swasant manm retrete te ofri pou yo gide nouvo pwofesè.",
                pt="Sessenta associados aposentados se ofereceram para orientar professores iniciantes.",
                vi="Sáu mươi thành viên đã nghỉ hưu đã đăng ký làm cố vấn cho giáo viên mới.",
                zh="六十位退休会员报名指导新教师。",
                ar="تطوّع ستون عضوًا متقاعدًا لإرشاد المعلمين الجدد.",
            ),
            RETIREE_MENTORS,
        ),
    ],
)

COLLABORATIVE_PLANNING_TIME = proposal(
    "collaborative-planning-time",
    Text(
        en="Time to plan together",
        es="Tiempo para planificar en equipo",
        ht="Tan pou planifye ansanm",
        pt="Tempo para planejar em conjunto",
        vi="Thời gian cùng nhau lập kế hoạch",
        zh="共同备课的时间",
        ar="وقت للتخطيط المشترك",
    ),
    article_number=article("8.3"),
    topic="time-and-workload",
    plank="elevating-the-profession",
    summary=Text(
        en="Ninety minutes a week, inside the workday, for teachers and support staff to plan together across grades "
        "and subjects.",
        es="Noventa minutos a la semana, dentro de la jornada laboral, para que docentes y personal de apoyo "
        "planifiquen en equipo entre grados y materias.",
        ht="Katrevendis minit chak semèn, pandan jounen travay la, pou pwofesè ak anplwaye sipò yo planifye ansanm "
        "ant nivo ak matyè.",
        pt="Noventa minutos por semana, dentro da jornada de trabalho, para que professores e equipe de apoio planejem "
        "em conjunto entre séries e disciplinas.",
        vi="Chín mươi phút mỗi tuần, trong giờ làm việc, để giáo viên và nhân viên hỗ trợ cùng lập kế hoạch giữa các "
        "khối lớp và môn học.",
        zh="每周在工作时间内安排九十分钟，让教师和支持人员跨年级、跨学科共同备课。",
        ar="تسعون دقيقة أسبوعيًا، ضمن يوم العمل، ليخطط المعلمون وموظفو الدعم معًا بين الصفوف والمواد.",
    ),
    why=Text(
        en="When the reading teacher and the math teacher plan together, a student's day makes sense. Special "
        "education teachers and teachers of English learners need to be in those conversations too.",
        es="Cuando la docente de lectura y el docente de matemáticas planifican juntos, la jornada del estudiante "
        "tiene sentido. Los docentes de educación especial y de estudiantes que aprenden inglés también tienen que "
        "estar en esas conversaciones.",
        ht="Lè pwofesè lekti a ak pwofesè matematik la planifye ansanm, jounen elèv la gen sans. Pwofesè edikasyon "
        "espesyal yo ak pwofesè elèv k ap aprann angle yo bezwen nan konvèsasyon sa yo tou.",
        pt="Quando a professora de leitura e o professor de matemática planejam juntos, o dia do estudante faz "
        "sentido. Os professores de educação especial e de estudantes que aprendem inglês também precisam "
        "participar dessas conversas.",
        vi="Khi giáo viên dạy đọc và giáo viên dạy toán cùng lập kế hoạch, một ngày học của học sinh trở nên mạch "
        "lạc. Giáo viên giáo dục đặc biệt và giáo viên dạy học sinh đang học tiếng Anh cũng cần tham gia những buổi "
        "trao đổi đó.",
        zh="阅读老师和数学老师一起备课，学生一天的学习才能连贯。特殊教育教师和英语学习者的教师也需要参与这些讨论。",
        ar="عندما يخطط معلم القراءة ومعلم الرياضيات معًا، يصبح يوم الطالب مترابطًا. ويجب أن يشارك معلمو التربية "
        "الخاصة ومعلمو متعلمي اللغة الإنجليزية في هذه النقاشات أيضًا.",
    ),
    contract=RichText(
        Text(
            en="Each school's schedule shall provide at least ninety minutes each week of collaborative planning time "
            "during the workday, in addition to individual preparation time.",
            es="El horario de cada escuela incluirá al menos noventa minutos semanales de planificación colaborativa "
            "dentro de la jornada laboral, además del tiempo de preparación individual.",
            ht="Orè chak lekòl dwe gen omwen katrevendis minit chak semèn pou planifikasyon ansanm pandan jounen "
            "travay la, anplis tan preparasyon endividyèl la.",
            pt="O horário de cada escola incluirá pelo menos noventa minutos semanais de planejamento colaborativo "
            "dentro da jornada de trabalho, além do tempo de preparação individual.",
            vi="Thời khóa biểu của mỗi trường phải dành ít nhất chín mươi phút mỗi tuần cho việc cùng lập kế hoạch "
            "trong giờ làm việc, ngoài thời gian chuẩn bị cá nhân.",
            zh="每所学校的课表应在工作时间内每周安排至少九十分钟的协作备课时间，且不占用个人备课时间。",
            ar="يتضمن جدول كل مدرسة ما لا يقل عن تسعين دقيقة أسبوعيًا من وقت التخطيط التعاوني خلال يوم العمل، إضافة "
            "إلى وقت التحضير الفردي.",
        ),
        Text(
            en="Teams shall set their own agendas. Administrators may attend at the team's invitation.",
            es="Los equipos fijarán sus propias agendas. Los administradores podrán asistir por invitación del equipo.",
            ht="Ekip yo ap fikse pwòp pwogram reyinyon yo. Administratè yo ka patisipe si ekip la envite yo.",
            pt="As equipes definirão suas próprias pautas. Os gestores poderão participar a convite da equipe.",
            vi="Các nhóm tự quyết định nội dung làm việc. Cán bộ quản lý có thể tham dự khi được nhóm mời.",
            zh="各小组自行确定议程。管理人员应小组邀请方可参加。",
            ar="تضع الفرق جداول أعمالها بنفسها، ويجوز للإداريين الحضور بدعوة من الفريق.",
        ),
    ),
    response=Text(
        en="The district supports the idea but wants principals to decide how the time is used. Talks continue.",
        es="El distrito apoya la idea, pero quiere que sean los directores quienes decidan cómo se usa el tiempo. Las "
        "conversaciones continúan.",
        ht="Distri a dakò ak lide a, men li vle se direktè yo ki deside kijan pou yo itilize tan an. Diskisyon yo ap "
        "kontinye.",
        pt="O distrito apoia a ideia, mas quer que os diretores decidam como o tempo será usado. As conversas "
        "continuam.",
        vi="Học khu ủng hộ ý tưởng này nhưng muốn hiệu trưởng quyết định cách sử dụng thời gian. Các cuộc trao đổi vẫn "
        "đang tiếp tục.",
        zh="学区支持这一想法，但希望由校长决定如何使用这些时间。双方仍在商谈。",
        ar="تؤيد المنطقة التعليمية الفكرة، لكنها تريد أن يقرر مديرو المدارس كيفية استخدام هذا الوقت. وما زالت "
        "المحادثات مستمرة.",
    ),
    timeline=[
        Step(
            DRAFTED,
            day(6, 23),
            Text(
                en="Written with teachers and paraprofessionals at twelve schools",
                es="Redactada con docentes y auxiliares de doce escuelas",
                ht="Nou ekri l ansanm ak pwofesè ak asistan pedagojik nan douz lekòl",
                pt="Redigida com professores e auxiliares de doze escolas",
                vi="Được soạn thảo cùng giáo viên và trợ giảng tại mười hai trường",
                zh="与十二所学校的教师和助教共同起草",
                ar="صيغت مع معلمين ومساعدين تربويين في اثنتي عشرة مدرسة",
            ),
        ),
        Step(TABLED, day(10, 8), TABLED_AT_SECOND_SESSION),
    ],
)

HEALTHY_SCHOOL_BUILDINGS = proposal(
    "healthy-school-buildings",
    Text(
        en="Repairs on a deadline for healthy buildings",
        es="Reparaciones con plazos para tener edificios saludables",
        ht="Reparasyon ak dat limit pou bilding ki an sante",
        pt="Reparos com prazo para prédios saudáveis",
        vi="Sửa chữa đúng hạn để có trường sở lành mạnh",
        zh="限期维修，保障校舍健康",
        ar="إصلاحات بمواعيد محددة من أجل مبانٍ صحية",
    ),
    article_number=article("27.2"),
    topic="health-and-wellbeing",
    plank="adequate-and-equitable-funding",
    summary=Text(
        en="Deadlines for the district to fix broken heating, leaks, mold and pests, with a public list of open "
        "repair requests for each school.",
        es="Plazos para que el distrito repare la calefacción averiada, las filtraciones, el moho y las plagas, con "
        "una lista pública de las solicitudes de reparación pendientes de cada escuela.",
        ht="Dat limit pou distri a ranje chofaj ki pa mache, dlo k ap koule, kanni ak ensèk nuizib, ak yon lis "
        "piblik demann reparasyon ki poko fèt pou chak lekòl.",
        pt="Prazos para o distrito consertar aquecimento quebrado, infiltrações, mofo e pragas, com uma lista pública "
        "dos pedidos de reparo pendentes de cada escola.",
        vi="Thời hạn để học khu sửa chữa hệ thống sưởi hỏng, chỗ dột, nấm mốc và côn trùng gây hại, kèm danh sách công "
        "khai các yêu cầu sửa chữa chưa được xử lý của từng trường.",
        zh="为学区维修暖气故障、漏水、霉菌和虫害设定期限，并公开每所学校尚未完成的维修申请清单。",
        ar="مواعيد نهائية لتُصلح المنطقة التعليمية التدفئة المعطّلة والتسرّبات والعفن والآفات، مع قائمة علنية "
        "بطلبات الإصلاح المعلّقة في كل مدرسة.",
    ),
    why=Text(
        en="Students cannot learn in a cold classroom or breathe well next to mold. Some repair requests have waited "
        "more than a year.",
        es="Los estudiantes no pueden aprender en un aula fría ni respirar bien junto al moho. Algunas solicitudes de "
        "reparación llevan más de un año esperando.",
        ht="Elèv yo pa ka aprann nan yon salklas ki frèt, ni respire byen bò kote kanni. Gen demann reparasyon ki "
        "gen plis pase yon ane y ap tann.",
        pt="Os estudantes não conseguem aprender numa sala fria nem respirar bem perto do mofo. Alguns pedidos de "
        "reparo estão esperando há mais de um ano.",
        vi="Học sinh không thể học trong một lớp học lạnh giá hay thở dễ dàng bên cạnh nấm mốc. Có những yêu cầu sửa "
        "chữa đã chờ hơn một năm.",
        zh="学生在寒冷的教室里无法学习，在霉菌旁也难以顺畅呼吸。有些维修申请已经等了一年多。",
        ar="لا يستطيع الطلاب التعلّم في فصل بارد ولا التنفس جيدًا بجوار العفن. وبعض طلبات الإصلاح تنتظر منذ أكثر من عام.",
    ),
    contract=RichText(
        Text(
            en="The district shall repair a loss of heat, a water leak or a pest infestation within five school days "
            "of a report, and shall remove mold within ten school days.",
            es="El distrito reparará una falta de calefacción, una filtración de agua o una plaga en un plazo de "
            "cinco días lectivos desde el aviso, y eliminará el moho en un plazo de diez días lectivos.",
            ht="Distri a dwe ranje yon pàn chofaj, yon dlo k ap koule oswa yon envazyon ensèk nuizib nan senk jou "
            "lekòl apre yo fin siyale l, epi li dwe retire kanni nan dis jou lekòl.",
            pt="O distrito consertará a falta de aquecimento, um vazamento de água ou uma infestação de pragas em até "
            "cinco dias letivos após o aviso, e removerá o mofo em até dez dias letivos.",
            vi="Học khu phải khắc phục tình trạng mất sưởi, rò rỉ nước hoặc côn trùng gây hại trong vòng năm ngày học "
            "kể từ khi nhận được báo cáo, và phải xử lý nấm mốc trong vòng mười ngày học.",
            zh="学区应在接到报告后五个教学日内修复暖气中断、漏水或虫害问题，并在十个教学日内清除霉菌。",
            ar="تُصلح المنطقة التعليمية انقطاع التدفئة أو تسرّب المياه أو انتشار الآفات خلال خمسة أيام دراسية من "
            "الإبلاغ، وتُزيل العفن خلال عشرة أيام دراسية.",
        ),
        Text(
            en="The district shall publish on its website, for each school, every open repair request with the date "
            "it was reported.",
            es="El distrito publicará en su sitio web, para cada escuela, todas las solicitudes de reparación "
            "pendientes con la fecha en que se notificaron.",
            ht="Distri a dwe pibliye sou sit entènèt li, pou chak lekòl, tout demann reparasyon ki poko fèt ak dat yo "
            "te siyale yo.",
            pt="O distrito publicará em seu site, para cada escola, todos os pedidos de reparo pendentes, com a data "
            "em que foram comunicados.",
            vi="Học khu phải công bố trên trang web của mình, cho từng trường, mọi yêu cầu sửa chữa chưa được xử lý "
            "kèm ngày báo cáo.",
            zh="学区应在其网站上按学校公布所有尚未完成的维修申请及其报告日期。",
            ar="تنشر المنطقة التعليمية على موقعها الإلكتروني، لكل مدرسة، جميع طلبات الإصلاح المعلّقة مع تاريخ الإبلاغ "
            "عنها.",
        ),
    ),
    response=Text(
        en="The school board adopted a repair policy in October with the same deadlines and a public repair list, so "
        "the district asked that the matter stay out of the contract.",
        es="En octubre, la junta escolar adoptó una política de reparaciones con los mismos plazos y una lista pública "
        "de reparaciones, por lo que el distrito pidió que el asunto quedara fuera del contrato.",
        ht="An oktòb, konsèy lekòl la te adopte yon politik reparasyon ak menm dat limit yo ak yon lis piblik "
        "reparasyon, kidonk distri a te mande pou yo pa mete kesyon sa a nan kontra a.",
        pt="Em outubro, o conselho escolar aprovou uma política de reparos com os mesmos prazos e uma lista pública "
        "de reparos, por isso o distrito pediu que o assunto ficasse fora do contrato.",
        vi="Vào tháng Mười, hội đồng giáo dục đã thông qua chính sách sửa chữa với cùng thời hạn và một danh sách sửa "
        "chữa công khai, vì vậy học khu đề nghị không đưa vấn đề này vào hợp đồng.",
        zh="学校董事会于十月通过了一项维修政策，规定了相同的期限并公开维修清单，因此学区要求不将此事写入合同。",
        ar="اعتمد مجلس المدارس في أكتوبر سياسة للإصلاحات تتضمن المواعيد نفسها وقائمة علنية بالإصلاحات، لذا طلبت "
        "المنطقة التعليمية إبقاء المسألة خارج العقد.",
    ),
    timeline=[
        Step(DRAFTED, day(6, 9), DRAFTED_FROM_SURVEY),
        Step(TABLED, day(9, 17), TABLED_AT_OPENING_SESSION),
        Step(
            WITHDRAWN,
            day(10, 29),
            Text(
                en="Withdrawn once the school board adopted the same deadlines as policy; we will watch that they are "
                "kept.",
                es="Retirada después de que la junta escolar adoptara los mismos plazos como política; vigilaremos que "
                "se cumplan.",
                ht="Nou retire l apre konsèy lekòl la te adopte menm dat limit yo kòm politik; n ap veye pou yo "
                "respekte yo.",
                pt="Retirada depois que o conselho escolar adotou os mesmos prazos como política; vamos acompanhar o "
                "seu cumprimento.",
                vi="Đã rút lại sau khi hội đồng giáo dục thông qua cùng các thời hạn này thành chính sách; chúng tôi "
                "sẽ theo dõi việc thực hiện.",
                zh="学校董事会已将相同期限定为政策，因此撤回本提案；我们将监督其落实。",
                ar="سُحب بعد أن اعتمد مجلس المدارس المواعيد نفسها سياسةً رسمية، وسنتابع الالتزام بها.",
            ),
        ),
    ],
)

SCHOOL_BUDGET_COUNCILS = proposal(
    "family-and-student-voice-in-budgets",
    Text(
        en="Families and students on school budget councils",
        es="Familias y estudiantes en los consejos de presupuesto escolar",
        ht="Fanmi ak elèv nan konsèy bidjè lekòl yo",
        pt="Famílias e estudantes nos conselhos de orçamento escolar",
        vi="Phụ huynh và học sinh trong hội đồng ngân sách trường",
        zh="让家庭和学生进入学校预算委员会",
        ar="الأسر والطلاب في مجالس ميزانيات المدارس",
    ),
    article_number=article("31", new=True),
    topic="families-and-community",
    plank="accountability-and-collaboration",
    summary=Text(
        en="Every school's budget would be planned by a council of educators, families and, in high schools, "
        "students, meeting in public with interpretation.",
        es="El presupuesto de cada escuela lo planificaría un consejo de educadores, familias y, en las secundarias, "
        "estudiantes, que se reuniría en público y con interpretación.",
        ht="Yon konsèy edikatè, fanmi ak, nan lekòl segondè yo, elèv, t ap planifye bidjè chak lekòl, nan reyinyon "
        "piblik ak entèpretasyon.",
        pt="O orçamento de cada escola seria planejado por um conselho de educadores, famílias e, no ensino médio, "
        "estudantes, reunido em público e com interpretação.",
        vi="Ngân sách của mỗi trường sẽ do một hội đồng gồm nhà giáo, phụ huynh và, ở các trường trung học phổ thông, "
        "cả học sinh lập kế hoạch, họp công khai và có phiên dịch.",
        zh="每所学校的预算将由教育工作者、家长以及（高中的）学生组成的委员会规划，会议公开举行并提供口译。",
        ar="يخطط لميزانية كل مدرسة مجلسٌ من المعلمين والأسر، ومن الطلاب أيضًا في المدارس الثانوية، يجتمع علنًا مع "
        "توفير الترجمة الفورية.",
    ),
    why=Text(
        en="The people closest to students know best where money is needed. Families told us they learn about budget "
        "cuts only after they happen.",
        es="Las personas más cercanas a los estudiantes son las que mejor saben dónde hace falta el dinero. Las "
        "familias nos dijeron que se enteran de los recortes de presupuesto solo cuando ya se han hecho.",
        ht="Moun ki pi pre elèv yo se yo ki konnen pi byen kote lajan an nesesè. Fanmi yo di nou yo aprann koupe "
        "nan bidjè a sèlman apre sa fin fèt.",
        pt="As pessoas mais próximas dos estudantes são as que melhor sabem onde o dinheiro é necessário. As famílias "
        "nos disseram que só ficam sabendo dos cortes no orçamento depois que eles acontecem.",
        vi="Những người gần gũi học sinh nhất hiểu rõ nhất cần chi tiền vào đâu. Các gia đình cho biết họ chỉ biết về "
        "việc cắt giảm ngân sách sau khi việc đó đã xảy ra.",
        zh="最贴近学生的人最清楚钱该花在哪里。家长们告诉我们，他们总是在预算削减之后才得知消息。",
        ar="الأقرب إلى الطلاب هم أعرف الناس بالمواضع التي تحتاج إلى المال. وأخبرتنا الأسر أنها لا تعلم بتخفيضات "
        "الميزانية إلا بعد وقوعها.",
    ),
    contract=RichText(
        Text(
            en="Each school shall have a school site council that:",
            es="Cada escuela tendrá un consejo escolar que:",
            ht="Chak lekòl dwe gen yon konsèy lekòl ki:",
            pt="Cada escola terá um conselho escolar que:",
            vi="Mỗi trường phải có một hội đồng trường:",
            zh="每所学校应设立学校委员会，该委员会应：",
            ar="يكون لكل مدرسة مجلس مدرسي:",
        ),
        NumberedList(
            [
                Text(
                    en="includes equal numbers of educators and of parents or guardians, and two students in each "
                    "high school;",
                    es="incluya el mismo número de educadores que de madres, padres o tutores, y dos estudiantes en "
                    "cada escuela secundaria;",
                    ht="gen menm kantite edikatè ak paran oswa responsab, ak de elèv nan chak lekòl segondè;",
                    pt="inclua o mesmo número de educadores e de pais, mães ou responsáveis, e dois estudantes em cada "
                    "escola de ensino médio;",
                    vi="gồm số nhà giáo và số phụ huynh hoặc người giám hộ bằng nhau, cùng hai học sinh tại mỗi trường "
                    "trung học phổ thông;",
                    zh="由人数相等的教育工作者和家长或监护人组成，每所高中另有两名学生代表；",
                    ar="يضم عددًا متساويًا من المعلمين وأولياء الأمور أو الأوصياء، وطالبين في كل مدرسة ثانوية؛",
                ),
                Text(
                    en="reviews and votes on the school's budget proposal before it is sent to the district;",
                    es="revise y vote la propuesta de presupuesto de la escuela antes de enviarla al distrito;",
                    ht="egzamine epi vote sou pwopozisyon bidjè lekòl la anvan yo voye l bay distri a;",
                    pt="analise e vote a proposta de orçamento da escola antes que ela seja enviada ao distrito;",
                    vi="xem xét và biểu quyết đề xuất ngân sách của trường trước khi gửi lên học khu;",
                    zh="在学校预算方案提交学区之前进行审议和表决；",
                    ar="يراجع مقترح ميزانية المدرسة ويصوّت عليه قبل إرساله إلى المنطقة التعليمية؛",
                ),
                Text(
                    en="meets in public, with interpretation into the languages spoken by the school's families.",
                    es="se reúna en público, con interpretación a los idiomas que hablan las familias de la escuela.",
                    ht="fè reyinyon an piblik, ak entèpretasyon nan lang fanmi lekòl la pale.",
                    pt="se reúna em público, com interpretação para os idiomas falados pelas famílias da escola.",
                    vi="họp công khai, có phiên dịch sang các ngôn ngữ mà các gia đình trong trường sử dụng.",
                    zh="公开举行会议，并提供学校家庭所用语言的口译。",
                    ar="يجتمع علنًا، مع ترجمة فورية إلى اللغات التي تتحدثها أسر المدرسة.",
                ),
            ]
        ),
    ),
    timeline=[
        Step(
            DRAFTED,
            day(10, 20),
            Text(
                en="Drafted with the citywide parent council; to be presented at the November session",
                es="Redactada con el consejo de familias de la ciudad; se presentará en la sesión de noviembre",
                ht="Nou ekri l ansanm ak konsèy paran tout vil la; n ap prezante l nan sesyon novanm nan",
                pt="Redigida com o conselho municipal de pais; será apresentada na sessão de novembro",
                vi="Được soạn thảo cùng hội đồng phụ huynh toàn thành phố; sẽ được trình bày tại phiên tháng 11",
                zh="与全市家长委员会共同起草，将在十一月的会议上提交",
                ar="صيغت مع مجلس أولياء الأمور على مستوى المدينة، وستُقدَّم في جلسة نوفمبر",
            ),
        ),
    ],
    heard=[
        HeardSpec(
            "survey_question",
            Text(
                en="Families asked for a say in how their school's money is spent.",
                es="Las familias pidieron tener voz en cómo se gasta el dinero de su escuela.",
                ht="Fanmi yo te mande pou yo gen mo pa yo nan jan yo depanse lajan lekòl yo.",
                pt="As famílias pediram para opinar sobre como o dinheiro da escola é gasto.",
                vi="Các gia đình mong muốn có tiếng nói trong việc chi tiêu ngân sách của trường.",
                zh="家长们希望对学校经费的使用拥有发言权。",
                ar="طلبت الأسر أن يكون لها رأي في كيفية إنفاق أموال مدرستها.",
            ),
            SURVEY_RESULTS,
        ),
    ],
)

LANGUAGE_ACCESS = proposal(
    "language-access-for-families",
    Text(
        en="Interpretation and translation for every family",
        es="Interpretación y traducción para todas las familias",
        ht="Entèpretasyon ak tradiksyon pou chak fanmi",
        pt="Interpretação e tradução para todas as famílias",
        vi="Phiên dịch và biên dịch cho mọi gia đình",
        zh="为每个家庭提供口译和笔译",
        ar="ترجمة فورية وتحريرية لكل أسرة",
    ),
    article_number=article("32", new=True),
    topic="families-and-community",
    plank="students-at-the-center",
    summary=Text(
        en="Trained interpreters at parent conferences and IEP meetings, and school notices translated into the "
        "languages families speak.",
        es="Intérpretes capacitados en las reuniones de familias y del IEP, y avisos escolares traducidos a los "
        "idiomas que hablan las familias.",
        ht="Entèprèt ki fòme nan rankont paran ak reyinyon IEP, ak avi lekòl yo tradui nan lang fanmi yo pale.",
        pt="Intérpretes capacitados nas reuniões de pais e do IEP, e comunicados escolares traduzidos para os idiomas "
        "que as famílias falam.",
        vi="Phiên dịch viên được đào tạo tại các buổi họp phụ huynh và họp IEP, và các thông báo của trường được dịch "
        "sang ngôn ngữ mà các gia đình sử dụng.",
        zh="在家长会和IEP会议上配备受过培训的口译员，并将学校通知翻译成家庭使用的语言。",
        ar="مترجمون فوريون مدرَّبون في لقاءات أولياء الأمور واجتماعات خطط التعليم الفردية، وترجمة إشعارات المدرسة "
        "إلى اللغات التي تتحدثها الأسر.",
    ),
    why=Text(
        en="Children should never have to interpret for their own parents at a school meeting. Families who "
        "understand what is said can help their children learn.",
        es="Ningún niño debería tener que interpretar para sus propios padres en una reunión escolar. Las familias "
        "que entienden lo que se dice pueden ayudar a sus hijos a aprender.",
        ht="Okenn timoun pa ta dwe oblije fè entèprèt pou pwòp paran l nan yon reyinyon lekòl. Fanmi ki konprann sa "
        "k ap di yo ka ede pitit yo aprann.",
        pt="Nenhuma criança deveria ter de servir de intérprete para os próprios pais numa reunião escolar. As "
        "famílias que entendem o que é dito podem ajudar os filhos a aprender.",
        vi="Không đứa trẻ nào phải làm phiên dịch cho chính cha mẹ mình trong một cuộc họp ở trường. Khi gia đình hiểu "
        "được những gì đang được nói, họ có thể giúp con em mình học tập.",
        zh="孩子不应该在学校会议上为自己的父母当翻译。家长听得懂，才能帮助孩子学习。",
        ar="لا ينبغي أن يضطر طفل أبدًا إلى الترجمة لوالديه في اجتماع مدرسي. فالأسر التي تفهم ما يقال تستطيع أن "
        "تساعد أبناءها على التعلّم.",
    ),
    contract=RichText(
        Text(
            en="The district shall provide a trained interpreter, at no cost to the family, at every parent-teacher "
            "conference, IEP meeting and disciplinary hearing when a family asks for one. Students shall not be "
            "asked to interpret.",
            es="El distrito proporcionará un intérprete capacitado, sin costo para la familia, en toda reunión entre "
            "familias y docentes, reunión del IEP y audiencia disciplinaria cuando la familia lo solicite. No se "
            "pedirá a los estudiantes que hagan de intérpretes.",
            ht="Distri a dwe bay yon entèprèt ki fòme, san fanmi an pa peye anyen, nan chak rankont paran ak "
            "pwofesè, chak reyinyon IEP ak chak odyans disiplinè lè yon fanmi mande l. Yo pa dwe mande elèv yo fè "
            "entèprèt.",
            pt="O distrito fornecerá um intérprete capacitado, sem custo para a família, em toda reunião de pais e "
            "professores, reunião do IEP e audiência disciplinar quando a família solicitar. Não se pedirá aos "
            "estudantes que atuem como intérpretes.",
            vi="Học khu phải cung cấp phiên dịch viên được đào tạo, miễn phí cho gia đình, tại mọi buổi họp phụ huynh "
            "và giáo viên, cuộc họp IEP và phiên xử lý kỷ luật khi gia đình yêu cầu. Không được yêu cầu học sinh làm "
            "phiên dịch.",
            zh="家庭提出要求时，学区应在每次家长会、IEP会议和纪律听证会上免费提供受过培训的口译员。不得要求学生担任口译。",
            ar="توفّر المنطقة التعليمية مترجمًا فوريًا مدرَّبًا، دون أي كلفة على الأسرة، في كل لقاء بين أولياء "
            "الأمور والمعلمين، وكل اجتماع لخطة التعليم الفردية، وكل جلسة تأديبية، متى طلبت الأسرة ذلك. ولا يُطلب "
            "من الطلاب القيام بالترجمة.",
        ),
        Text(
            en="Notices sent to families shall be translated into every language spoken by at least 5 percent of a "
            "school's families.",
            es="Los avisos enviados a las familias se traducirán a todos los idiomas que hable al menos el 5 % de las "
            "familias de una escuela.",
            ht="Yo dwe tradui avi yo voye bay fanmi yo nan chak lang omwen 5 pousan fanmi yon lekòl pale.",
            pt="Os comunicados enviados às famílias serão traduzidos para todos os idiomas falados por pelo menos 5% "
            "das famílias de uma escola.",
            vi="Các thông báo gửi đến gia đình phải được dịch sang mọi ngôn ngữ được ít nhất 5 phần trăm số gia đình "
            "của một trường sử dụng.",
            zh="发给家庭的通知，应翻译成一所学校至少5%的家庭所使用的每一种语言。",
            ar="تُترجم الإشعارات المرسلة إلى الأسر إلى كل لغة تتحدثها 5 في المئة على الأقل من أسر المدرسة.",
        ),
    ),
    timeline=[
        Step(
            DRAFTED,
            day(10, 22),
            Text(
                en="Drafted after the listening sessions held in Haitian Creole, Vietnamese and Arabic",
                es="Redactada después de las sesiones de escucha celebradas en criollo haitiano, vietnamita y árabe",
                ht="Nou ekri l apre sesyon koute ki te fèt an kreyòl ayisyen, an vyetnamyen ak an arab",
                pt="Redigida após as sessões de escuta realizadas em crioulo haitiano, vietnamita e árabe",
                vi="Được soạn thảo sau các buổi lắng nghe tổ chức bằng tiếng Haiti, tiếng Việt và tiếng Ả Rập",
                zh="在以海地克里奥尔语、越南语和阿拉伯语举办的倾听会之后起草",
                ar="صيغت بعد جلسات الاستماع التي عُقدت بالكريولية الهايتية والفيتنامية والعربية",
            ),
        ),
    ],
    heard=[
        HeardSpec(
            "listening_theme",
            Text(
                en="Parents said their children are often asked to interpret at school meetings.",
                es="Madres y padres contaron que a menudo se pide a sus hijos que interpreten en las reuniones "
                "escolares.",
                ht="Paran yo di yo souvan mande pitit yo fè entèprèt nan reyinyon lekòl.",
                pt="Mães e pais contaram que muitas vezes se pede aos filhos que sirvam de intérpretes nas reuniões "
                "escolares.",
                vi="Phụ huynh cho biết con em họ thường bị nhờ làm phiên dịch trong các cuộc họp ở trường.",
                zh="家长们说，学校开会时常常让他们的孩子当翻译。",
                ar="قال أولياء الأمور إن أبناءهم يُطلب منهم كثيرًا الترجمة في الاجتماعات المدرسية.",
            ),
            LISTENING_SESSIONS,
        ),
    ],
)

PROPOSALS = [
    PAID_PREPARATION_DAYS,
    COLLABORATIVE_PLANNING_TIME,
    SMALLER_CLASSES,
    SPECIAL_EDUCATION_CASELOADS,
    TIME_FOR_IEP_MEETINGS,
    NURSE_IN_EVERY_SCHOOL,
    COUNSELORS_AND_SOCIAL_WORKERS,
    RESTORATIVE_PRACTICES,
    EVALUATION_BEYOND_TEST_SCORES,
    MENTORS_FOR_NEW_EDUCATORS,
    HEALTHY_SCHOOL_BUILDINGS,
    SCHOOL_BUDGET_COUNCILS,
    LANGUAGE_ACCESS,
]

PROPOSAL_INDEX = PageSpec(
    model="ProposalIndexPage",
    slug="proposals",
    title=Text(
        en="Contract proposals",
        es="Propuestas de contrato",
        ht="Pwopozisyon kontra",
        pt="Propostas de contrato",
        vi="Đề xuất hợp đồng",
        zh="合同提案",
        ar="مقترحات العقد",
    ),
    fields={
        "intro": Text(
            en="Every proposal our bargaining team has written, in plain language and in the exact words we want in "
            "the contract, with where it stands today and what the district has said.",
            es="Todas las propuestas que ha redactado nuestro equipo de negociación, en lenguaje sencillo y con las "
            "palabras exactas que queremos en el contrato, con su estado actual y lo que ha respondido el distrito.",
            ht="Tout pwopozisyon ekip negosyasyon nou an ekri, nan yon lang ki senp ak nan mo egzak nou vle nan "
            "kontra a, ak kote yo ye jodi a ak sa distri a di.",
            pt="Todas as propostas escritas pela nossa equipe de negociação, em linguagem simples e com as palavras "
            "exatas que queremos no contrato, com a situação atual de cada uma e o que o distrito respondeu.",
            vi="Tất cả các đề xuất do nhóm thương lượng của chúng tôi soạn thảo, bằng ngôn ngữ dễ hiểu và bằng chính "
            "câu chữ chúng tôi muốn đưa vào hợp đồng, kèm theo tình trạng hiện nay và phản hồi của học khu.",
            zh="这里列出了我们谈判团队撰写的所有提案，既有通俗易懂的说明，也有我们希望写进合同的确切条文，并附上每项提案的最新进展和学区的答复。",
            ar="كل المقترحات التي كتبها فريقنا التفاوضي، بلغة بسيطة وبالصياغة الدقيقة التي نريدها في العقد، مع ما "
            "وصلت إليه اليوم وما قالته المنطقة التعليمية.",
        ),
    },
    children=PROPOSALS,
)
