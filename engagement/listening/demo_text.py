"""The words of the listening-session demo, in the seven languages (engagement.listening.demo).

Written for the demo, in plain words a family would use; each translation says the same thing as
the English, in its own way.
"""

from home.demo.spec import RichText, Text

INDEX_TITLE = Text(
    en="Listening sessions",
    es="Sesiones para escuchar",
    ht="Sesyon koute",
    pt="Sessões de escuta",
    vi="Buổi lắng nghe",
    zh="倾听会",
    ar="جلسات الاستماع",
)
INDEX_INTRO = RichText(
    Text(
        en="Come and tell us what your school needs. Interpretation, childcare and food are free.",
        es="Venga a contarnos lo que necesita su escuela. La interpretación, el cuidado de niños y la comida son "
        "gratis.",
        ht="Vin di nou sa lekòl ou a bezwen. Entèpretasyon, gadri pou timoun ak manje gratis.",
        pt="Venha nos contar o que a sua escola precisa. Interpretação, cuidado infantil e comida são gratuitos.",
        vi="Hãy đến và cho chúng tôi biết trường của bạn cần gì. Phiên dịch, trông trẻ và đồ ăn đều miễn phí.",
        zh="欢迎来告诉我们您的学校需要什么。口译、托儿和餐食均免费。",
        ar="تعالوا وأخبرونا بما تحتاجه مدرستكم. الترجمة الفورية ورعاية الأطفال والطعام مجانية.",
    )
)

# Themes (engagement.models.themes.Theme), found by slug so that the stories demo shares them.
THEMES = {
    "class-size": Text(
        en="Class size",
        es="Tamaño de las clases",
        ht="Gwosè klas yo",
        pt="Tamanho das turmas",
        vi="Sĩ số lớp học",
        zh="班级规模",
        ar="حجم الفصول",
    ),
    "school-nurses": Text(
        en="School nurses",
        es="Enfermeras escolares",
        ht="Enfimyè lekòl",
        pt="Enfermeiras escolares",
        vi="Y tá trường học",
        zh="校医护士",
        ar="ممرضات المدارس",
    ),
    "safe-buildings": Text(
        en="Safe buildings",
        es="Edificios seguros",
        ht="Bilding ki an sekirite",
        pt="Prédios seguros",
        vi="Trường lớp an toàn",
        zh="安全的校舍",
        ar="مبانٍ آمنة",
    ),
    "language-access": Text(
        en="Language access",
        es="Acceso en su idioma",
        ht="Aksè nan lang pa w",
        pt="Acesso no seu idioma",
        vi="Tiếp cận bằng ngôn ngữ của mình",
        zh="语言服务",
        ar="الوصول باللغة الأم",
    ),
    "mental-health": Text(
        en="Mental health",
        es="Salud mental",
        ht="Sante mantal",
        pt="Saúde mental",
        vi="Sức khỏe tinh thần",
        zh="心理健康",
        ar="الصحة النفسية",
    ),
    "special-education": Text(
        en="Special education",
        es="Educación especial",
        ht="Edikasyon espesyal",
        pt="Educação especial",
        vi="Giáo dục đặc biệt",
        zh="特殊教育",
        ar="التعليم الخاص",
    ),
}

DINNER = Text(
    en="Dinner for everyone",
    es="Cena para todos",
    ht="Manje pou tout moun",
    pt="Jantar para todos",
    vi="Bữa tối cho mọi người",
    zh="为大家准备晚餐",
    ar="عشاء للجميع",
)
SNACKS = Text(
    en="Snacks and drinks",
    es="Bocadillos y bebidas",
    ht="Ti goute ak bwason",
    pt="Lanches e bebidas",
    vi="Đồ ăn nhẹ và nước uống",
    zh="点心和饮料",
    ar="وجبات خفيفة ومشروبات",
)
STEP_FREE = Text(
    en="Step-free entrance on the side street; the room has a hearing loop.",
    es="Entrada sin escalones por la calle lateral; la sala tiene bucle magnético.",
    ht="Antre san mach sou ti ri bò kote a; sal la gen yon sistèm pou moun ki pa tande byen.",
    pt="Entrada sem degraus pela rua lateral; a sala tem aro magnético.",
    vi="Lối vào không bậc thang ở phố bên; phòng có hệ thống vòng từ cho người nghe kém.",
    zh="侧街有无台阶入口；会议室配有助听感应系统。",
    ar="مدخل بلا درجات من الشارع الجانبي؛ والقاعة مزودة بحلقة سمعية.",
)
CAPTIONS = Text(
    en="Live captions in English; ask us for anything else you need.",
    es="Subtítulos en vivo en inglés; pídanos lo que necesite.",
    ht="Soutit an dirèk an angle; mande nou nenpòt lòt bagay ou bezwen.",
    pt="Legendas ao vivo em inglês; peça o que mais precisar.",
    vi="Phụ đề trực tiếp bằng tiếng Anh; hãy cho chúng tôi biết nếu bạn cần gì thêm.",
    zh="提供英文实时字幕；如有其他需要请告诉我们。",
    ar="ترجمة نصية مباشرة بالإنجليزية؛ اطلبوا منا أي شيء آخر تحتاجونه.",
)
AGENDA = RichText(
    [
        Text(
            en="Welcome and dinner",
            es="Bienvenida y cena",
            ht="Akèy ak manje",
            pt="Boas-vindas e jantar",
            vi="Chào đón và ăn tối",
            zh="欢迎与晚餐",
            ar="الترحيب والعشاء",
        ),
        Text(
            en="Small groups in your language: what works at your school, what does not",
            es="Grupos pequeños en su idioma: qué funciona en su escuela y qué no",
            ht="Ti gwoup nan lang ou: sa k mache nan lekòl ou a, sa k pa mache",
            pt="Grupos pequenos no seu idioma: o que funciona na sua escola e o que não funciona",
            vi="Nhóm nhỏ theo ngôn ngữ của bạn: điều gì hiệu quả ở trường bạn, điều gì chưa",
            zh="按语言分小组：您学校里哪些做得好，哪些做得不好",
            ar="مجموعات صغيرة بلغتكم: ما الذي ينجح في مدرستكم وما الذي لا ينجح",
        ),
        Text(
            en="What we heard, together, and what comes next",
            es="Lo que escuchamos, todos juntos, y los próximos pasos",
            ht="Sa nou tande, ansanm, ak sa k ap vini",
            pt="O que ouvimos, todos juntos, e os próximos passos",
            vi="Cùng nhau nhìn lại những gì đã nghe và các bước tiếp theo",
            zh="一起回顾我们听到的内容以及下一步",
            ar="ما سمعناه معًا، وما هي الخطوات التالية",
        ),
    ]
)
HOSTS = Text(
    en="Parents of the Riverside schools and the union",
    es="Madres y padres de las escuelas de Riverside y el sindicato",
    ht="Paran lekòl Riverside yo ak sendika a",
    pt="Mães e pais das escolas de Riverside e o sindicato",
    vi="Phụ huynh các trường ở Riverside và công đoàn",
    zh="Riverside 各校家长与工会",
    ar="أولياء أمور مدارس ريفرسايد والنقابة",
)


def _intro(en, es, ht, pt, vi, zh, ar):
    return RichText(Text(en=en, es=es, ht=ht, pt=pt, vi=vi, zh=zh, ar=ar))


# The six sessions: days from today, format, place, interpretation, seats, texts; two with a summary.
SESSIONS = [
    {
        "slug": "riverside-families-spring",
        "days": -40,
        "hour": 18,
        "format": "in_person",
        "neighbourhood": "Riverside",
        "address": "25 Main Street",
        "interpretation": ["es", "ht", "pt"],
        "capacity": 60,
        "registrations": 24,
        "title": Text(
            en="Riverside families: what our schools need",
            es="Familias de Riverside: lo que necesitan nuestras escuelas",
            ht="Fanmi Riverside: sa lekòl nou yo bezwen",
            pt="Famílias de Riverside: o que as nossas escolas precisam",
            vi="Các gia đình Riverside: trường học của chúng ta cần gì",
            zh="Riverside 家庭：我们的学校需要什么",
            ar="أسر ريفرسايد: ما تحتاجه مدارسنا",
        ),
        "intro": _intro(
            en="An evening for families of the Riverside schools.",
            es="Una tarde para las familias de las escuelas de Riverside.",
            ht="Yon aswè pou fanmi lekòl Riverside yo.",
            pt="Uma noite para as famílias das escolas de Riverside.",
            vi="Một buổi tối dành cho các gia đình của các trường ở Riverside.",
            zh="为 Riverside 各校家庭举办的晚间活动。",
            ar="أمسية لأسر مدارس ريفرسايد.",
        ),
        "place": Text(
            en="Roosevelt Elementary, cafeteria",
            es="Escuela Primaria Roosevelt, cafetería",
            ht="Lekòl Primè Roosevelt, kafeterya",
            pt="Escola Primária Roosevelt, refeitório",
            vi="Trường Tiểu học Roosevelt, nhà ăn",
            zh="罗斯福小学，食堂",
            ar="مدرسة روزفلت الابتدائية، المقصف",
        ),
        "summary": RichText(
            Text(
                en="Fifty-two people came, in four languages. Most spoke about crowded classrooms and about "
                "children who wait all day for a nurse.",
                es="Vinieron cincuenta y dos personas, en cuatro idiomas. La mayoría habló de aulas llenas y de "
                "niños que esperan todo el día a una enfermera.",
                ht="Senkanndede moun te vini, nan kat lang. Pifò te pale de klas ki twò plen ak timoun ki tann "
                "yon enfimyè tout lajounen.",
                pt="Vieram cinquenta e duas pessoas, em quatro idiomas. A maioria falou de salas lotadas e de "
                "crianças que esperam o dia inteiro por uma enfermeira.",
                vi="Năm mươi hai người đã đến, nói bốn ngôn ngữ. Hầu hết nói về lớp học quá đông và những đứa trẻ "
                "phải chờ y tá cả ngày.",
                zh="共有五十二人参加，使用四种语言。大多数人谈到了拥挤的教室，以及孩子们整天等不到护士。",
                ar="حضر اثنان وخمسون شخصًا بأربع لغات. تحدث معظمهم عن الفصول المكتظة وعن أطفال ينتظرون "
                "الممرضة طوال اليوم.",
            ),
            Text(
                en="We will bring these stories to the bargaining table this fall.",
                es="Llevaremos estas historias a la mesa de negociación este otoño.",
                ht="N ap pote istwa sa yo sou tab negosyasyon an otòn sa a.",
                pt="Levaremos essas histórias para a mesa de negociação neste outono.",
                vi="Chúng tôi sẽ mang những câu chuyện này đến bàn thương lượng vào mùa thu này.",
                zh="今年秋天，我们会把这些故事带到谈判桌上。",
                ar="سننقل هذه القصص إلى طاولة المفاوضات هذا الخريف.",
            ),
        ),
        "themes": [
            (
                "class-size",
                18,
                Text(
                    en="My daughter's class has thirty-four children. The teacher cannot hear them all.",
                    es="La clase de mi hija tiene treinta y cuatro niños. La maestra no puede escucharlos a todos.",
                    ht="Klas pitit fi mwen an gen tranntkat timoun. Pwofesè a pa ka tande yo tout.",
                    pt="A turma da minha filha tem trinta e quatro crianças. A professora não consegue ouvir todas.",
                    vi="Lớp của con gái tôi có ba mươi tư em. Cô giáo không thể lắng nghe hết các em.",
                    zh="我女儿的班上有三十四个孩子，老师没办法照顾到每一个人。",
                    ar="في فصل ابنتي أربعة وثلاثون طفلًا. لا تستطيع المعلمة أن تسمعهم جميعًا.",
                ),
            ),
            (
                "school-nurses",
                11,
                Text(
                    en="The nurse comes on Tuesdays. My son has asthma every day.",
                    es="La enfermera viene los martes. Mi hijo tiene asma todos los días.",
                    ht="Enfimyè a vini madi. Pitit gason m nan fè opresyon chak jou.",
                    pt="A enfermeira vem às terças. Meu filho tem asma todos os dias.",
                    vi="Y tá chỉ đến vào thứ Ba. Con trai tôi bị hen suyễn mỗi ngày.",
                    zh="护士只在星期二来，可我儿子每天都有哮喘。",
                    ar="تأتي الممرضة يوم الثلاثاء. وابني مصاب بالربو كل يوم.",
                ),
            ),
            (
                "safe-buildings",
                7,
                Text(
                    en="When it rains, there are buckets in the hallway.",
                    es="Cuando llueve, hay cubetas en el pasillo.",
                    ht="Lè lapli tonbe, gen bokit nan koridò a.",
                    pt="Quando chove, tem baldes no corredor.",
                    vi="Mỗi khi trời mưa, hành lang lại đầy xô hứng nước.",
                    zh="一下雨，走廊里就摆满了接水的桶。",
                    ar="عندما تمطر، توضع الدلاء في الممر.",
                ),
            ),
        ],
    },
    {
        "slug": "hillside-online-evening",
        "days": -20,
        "hour": 19,
        "format": "online",
        "neighbourhood": "Hillside",
        "address": "",
        "interpretation": ["vi", "zh", "ar"],
        "capacity": None,
        "registrations": 16,
        "title": Text(
            en="Hillside online: families in every language",
            es="Hillside en línea: familias en todos los idiomas",
            ht="Hillside sou entènèt: fanmi nan tout lang",
            pt="Hillside on-line: famílias em todos os idiomas",
            vi="Hillside trực tuyến: gia đình ở mọi ngôn ngữ",
            zh="Hillside 线上：各种语言的家庭",
            ar="هيلسايد عبر الإنترنت: أسر بكل اللغات",
        ),
        "intro": _intro(
            en="An online session for families who cannot come in person.",
            es="Una sesión en línea para las familias que no pueden venir en persona.",
            ht="Yon sesyon sou entènèt pou fanmi ki pa ka vini an pèsòn.",
            pt="Uma sessão on-line para as famílias que não podem vir pessoalmente.",
            vi="Một buổi trực tuyến dành cho các gia đình không thể đến trực tiếp.",
            zh="为无法亲自到场的家庭举办的线上会议。",
            ar="جلسة عبر الإنترنت للأسر التي لا تستطيع الحضور شخصيًا.",
        ),
        "place": None,
        "summary": RichText(
            Text(
                en="Families told us that letters from school arrive only in English, and that children carry "
                "worries no one has time to hear.",
                es="Las familias nos dijeron que las cartas de la escuela llegan solo en inglés y que los niños "
                "cargan preocupaciones que nadie tiene tiempo de escuchar.",
                ht="Fanmi yo di nou lèt lekòl yo rive sèlman an angle, e timoun yo pote kè sere pèsonn pa gen "
                "tan pou tande.",
                pt="As famílias nos disseram que as cartas da escola chegam só em inglês e que as crianças "
                "carregam preocupações que ninguém tem tempo de ouvir.",
                vi="Các gia đình cho biết thư từ nhà trường chỉ gửi bằng tiếng Anh, và các em mang những nỗi lo "
                "mà không ai có thời gian lắng nghe.",
                zh="家长们告诉我们，学校的信件只有英文版，孩子们心里的烦恼也没人有时间倾听。",
                ar="أخبرتنا الأسر أن رسائل المدرسة تصل بالإنجليزية فقط، وأن الأطفال يحملون همومًا لا يجد "
                "أحد وقتًا لسماعها.",
            )
        ),
        "themes": [
            (
                "language-access",
                9,
                Text(
                    en="I sign papers I cannot read.",
                    es="Firmo papeles que no puedo leer.",
                    ht="Mwen siyen papye mwen pa ka li.",
                    pt="Eu assino papéis que não consigo ler.",
                    vi="Tôi ký những giấy tờ mà tôi không đọc được.",
                    zh="我签的文件，我自己都看不懂。",
                    ar="أوقّع أوراقًا لا أستطيع قراءتها.",
                ),
            ),
            (
                "mental-health",
                6,
                Text(
                    en="There is one counsellor for six hundred students.",
                    es="Hay un consejero para seiscientos estudiantes.",
                    ht="Gen yon sèl konseye pou sisan elèv.",
                    pt="Há um orientador para seiscentos alunos.",
                    vi="Chỉ có một chuyên viên tư vấn cho sáu trăm học sinh.",
                    zh="六百名学生只有一位辅导员。",
                    ar="هناك مرشد واحد لكل ستمئة طالب.",
                ),
            ),
        ],
    },
    {
        "slug": "eastside-students-voices",
        "days": -5,
        "hour": 16,
        "format": "in_person",
        "neighbourhood": "Eastside",
        "address": "400 Harbor Avenue",
        "interpretation": ["es"],
        "capacity": 40,
        "registrations": 18,
        "title": Text(
            en="Eastside students speak up",
            es="Los estudiantes de Eastside alzan la voz",
            ht="Elèv Eastside yo pran lapawòl",
            pt="Os estudantes de Eastside se manifestam",
            vi="Học sinh Eastside lên tiếng",
            zh="Eastside 学生发声",
            ar="طلاب إيستسايد يرفعون أصواتهم",
        ),
        "intro": _intro(
            en="High school students lead this session; adults listen.",
            es="Los estudiantes de secundaria dirigen esta sesión; los adultos escuchan.",
            ht="Elèv lekòl segondè yo dirije sesyon sa a; granmoun yo koute.",
            pt="Estudantes do ensino médio conduzem esta sessão; os adultos escutam.",
            vi="Học sinh trung học dẫn dắt buổi này; người lớn lắng nghe.",
            zh="本次会议由高中生主持，成年人倾听。",
            ar="يقود طلاب المرحلة الثانوية هذه الجلسة، ويستمع الكبار.",
        ),
        "place": Text(
            en="Eastside High, library",
            es="Escuela Secundaria Eastside, biblioteca",
            ht="Lekòl Segondè Eastside, bibliyotèk",
            pt="Escola de Ensino Médio Eastside, biblioteca",
            vi="Trường Trung học Eastside, thư viện",
            zh="Eastside 高中，图书馆",
            ar="مدرسة إيستسايد الثانوية، المكتبة",
        ),
        "notes": "Students asked for a follow-up with the principal; two mentioned the broken lockers.",
    },
    {
        "slug": "northgate-families-fall",
        "days": 6,
        "hour": 18,
        "format": "in_person",
        "neighbourhood": "Northgate",
        "address": "12 Elm Street",
        "interpretation": ["es", "pt", "kea"],
        "capacity": 12,
        "registrations": 15,  # twelve seats: three people wait
        "title": Text(
            en="Northgate families: special education",
            es="Familias de Northgate: educación especial",
            ht="Fanmi Northgate: edikasyon espesyal",
            pt="Famílias de Northgate: educação especial",
            vi="Các gia đình Northgate: giáo dục đặc biệt",
            zh="Northgate 家庭：特殊教育",
            ar="أسر نورثغيت: التعليم الخاص",
        ),
        "intro": _intro(
            en="For families of children with an IEP or a 504 plan. A small room, so that everyone is heard.",
            es="Para familias de niños con un IEP o un plan 504. Una sala pequeña, para que todos sean escuchados.",
            ht="Pou fanmi ki gen timoun ak yon IEP oswa yon plan 504. Yon ti sal, pou tout moun ka pale.",
            pt="Para famílias de crianças com IEP ou plano 504. Uma sala pequena, para que todos sejam ouvidos.",
            vi="Dành cho gia đình có con theo IEP hoặc kế hoạch 504. Phòng nhỏ để ai cũng được lắng nghe.",
            zh="面向有 IEP 或 504 计划的孩子的家庭。小房间，让每个人都能被听到。",
            ar="لأسر الأطفال الذين لديهم خطة IEP أو خطة 504. قاعة صغيرة ليُسمع صوت الجميع.",
        ),
        "place": Text(
            en="Northgate Community Center, room 2",
            es="Centro Comunitario de Northgate, sala 2",
            ht="Sant Kominotè Northgate, sal 2",
            pt="Centro Comunitário de Northgate, sala 2",
            vi="Trung tâm Cộng đồng Northgate, phòng 2",
            zh="Northgate 社区中心，2 号房间",
            ar="مركز نورثغيت المجتمعي، القاعة 2",
        ),
    },
    {
        "slug": "downtown-hybrid-town-hall",
        "days": 13,
        "hour": 18,
        "format": "hybrid",
        "neighbourhood": "Downtown",
        "address": "1 City Hall Plaza",
        "interpretation": ["ar", "so", "ht", "ase"],
        "capacity": 80,
        "registrations": 9,
        "title": Text(
            en="Downtown town hall, in the room and online",
            es="Asamblea en el centro, en la sala y en línea",
            ht="Reyinyon nan sant vil la, nan sal la ak sou entènèt",
            pt="Assembleia no centro, na sala e on-line",
            vi="Buổi gặp mặt ở trung tâm, trực tiếp và trực tuyến",
            zh="市中心市民大会，现场及线上",
            ar="لقاء عام في وسط المدينة، في القاعة وعبر الإنترنت",
        ),
        "intro": _intro(
            en="Come in person or join from home: both count the same.",
            es="Venga en persona o conéctese desde casa: las dos formas cuentan igual.",
            ht="Vini an pèsòn oswa konekte lakay ou: tou de konte menm jan.",
            pt="Venha pessoalmente ou participe de casa: as duas formas contam igual.",
            vi="Hãy đến trực tiếp hoặc tham gia từ nhà: cả hai đều có giá trị như nhau.",
            zh="亲自到场或在家参加，效果一样。",
            ar="احضروا شخصيًا أو انضموا من المنزل: كلاهما له القيمة نفسها.",
        ),
        "place": Text(
            en="City Hall, community room",
            es="Ayuntamiento, sala comunitaria",
            ht="Meri a, sal kominotè",
            pt="Prefeitura, sala comunitária",
            vi="Tòa thị chính, phòng cộng đồng",
            zh="市政厅，社区活动室",
            ar="مبنى البلدية، القاعة المجتمعية",
        ),
    },
    {
        "slug": "westend-vietnamese-chinese-families",
        "days": 27,
        "hour": 10,
        "format": "online",
        "neighbourhood": "West End",
        "address": "",
        "interpretation": ["vi", "zh"],
        "capacity": 50,
        "registrations": 5,
        "title": Text(
            en="West End Saturday morning, online",
            es="Sábado por la mañana en West End, en línea",
            ht="Samdi maten West End, sou entènèt",
            pt="Sábado de manhã em West End, on-line",
            vi="Sáng thứ Bảy West End, trực tuyến",
            zh="West End 周六上午，线上",
            ar="صباح السبت في ويست إند، عبر الإنترنت",
        ),
        "intro": _intro(
            en="For families who work evenings: a Saturday morning, with Vietnamese and Chinese interpreters.",
            es="Para familias que trabajan de noche: un sábado por la mañana, con intérpretes de vietnamita y chino.",
            ht="Pou fanmi ki travay leswa: yon samdi maten, ak entèprèt vyetnamyen ak chinwa.",
            pt="Para famílias que trabalham à noite: um sábado de manhã, com intérpretes de vietnamita e chinês.",
            vi="Dành cho gia đình làm ca tối: một buổi sáng thứ Bảy, có phiên dịch tiếng Việt và tiếng Trung.",
            zh="为晚上上班的家庭安排：周六上午，配有越南语和中文口译。",
            ar="للأسر التي تعمل مساءً: صباح يوم سبت، مع مترجمين للفيتنامية والصينية.",
        ),
        "place": None,
    },
]

# People who register: (name, preferred language); their children's ages and needs vary by index.
PEOPLE = [
    ("Maria Gonzalez", "es"),
    ("Jean-Baptiste Louis", "ht"),
    ("Ana Ferreira", "pt"),
    ("Nguyen Thi Lan", "vi"),
    ("Li Wei", "zh-hans"),
    ("Fatima Haddad", "ar"),
    ("Sarah Johnson", "en"),
    ("Carlos Ramirez", "es"),
    ("Marie-Claire Joseph", "ht"),
    ("Joao Silva", "pt"),
    ("Tran Van Minh", "vi"),
    ("Zhang Min", "zh-hans"),
    ("Omar Khalil", "ar"),
    ("Keisha Brown", "en"),
    ("Lucia Mendes", "pt"),
    ("Rosa Martinez", "es"),
    ("Pierre Etienne", "ht"),
    ("Amal Nasser", "ar"),
    ("Hoang Duc Anh", "vi"),
    ("Chen Jing", "zh-hans"),
    ("Tom O'Brien", "en"),
    ("Aisha Mohamed", "en"),
    ("Beatriz Costa", "pt"),
    ("Esperanza Cruz", "es"),
]
