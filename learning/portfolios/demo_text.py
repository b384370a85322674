"""The words of the portfolio demo, in each of the seven languages (written for the demo, not machine-translated).

Each educator writes in their own language; a theme is one kind of entry, with its standards and subject.
"""

THEMES = [
    {
        "subject": "math",
        "standards": ["inquiry", "documented"],
        "hours": "6",
        "title": {
            "en": "Number talks that start from a photo",
            "es": "Charlas numéricas que empiezan con una foto",
            "ht": "Diskisyon sou chif ki kòmanse ak yon foto",
            "pt": "Conversas numéricas que começam com uma foto",
            "vi": "Thảo luận về con số bắt đầu từ một bức ảnh",
            "zh-hans": "从一张照片开始的数感讨论",
            "ar": "حوارات الأعداد التي تبدأ من صورة",
        },
        "reflection": {
            "en": "I replaced the dot cards with photos of our own school: the lunch line, the bike rack, the "
            "library shelves.\n\nStudents who never raise their hands explained how they counted. Next month "
            "I want them to take the photos themselves.",
            "es": "Cambié las tarjetas de puntos por fotos de nuestra propia escuela: la fila del comedor, los "
            "estacionamientos de bicicletas, los estantes de la biblioteca.\n\nAlumnos que nunca levantan la "
            "mano explicaron cómo contaron. El mes que viene quiero que ellos mismos tomen las fotos.",
            "ht": "Mwen ranplase kat pwen yo ak foto lekòl pa nou: liy kantin nan, kote bisiklèt yo rete, "
            "etajè bibliyotèk la.\n\nElèv ki pa janm leve men yo te eksplike kijan yo te konte. Mwa pwochen, "
            "mwen vle se yo menm ki pran foto yo.",
            "pt": "Troquei os cartões de pontos por fotos da nossa própria escola: a fila do refeitório, o "
            "bicicletário, as estantes da biblioteca.\n\nAlunos que nunca levantam a mão explicaram como "
            "contaram. No mês que vem quero que eles mesmos tirem as fotos.",
            "vi": "Tôi thay những tấm thẻ chấm bằng ảnh chụp chính trường mình: hàng người chờ ăn trưa, chỗ để "
            "xe đạp, các kệ sách thư viện.\n\nNhững em chưa bao giờ giơ tay đã giải thích cách các em đếm. "
            "Tháng tới tôi muốn các em tự chụp ảnh.",
            "zh-hans": "我把点子卡换成了我们学校自己的照片：午餐排队的队伍、自行车架、图书馆的书架。"
            "\n\n平时从不举手的学生也讲出了自己是怎么数的。下个月我想让学生自己来拍照片。",
            "ar": "استبدلت بطاقات النقاط بصور من مدرستنا نفسها: طابور الغداء، وموقف الدراجات، ورفوف المكتبة."
            "\n\nشرح طلاب لا يرفعون أيديهم أبدًا كيف عدّوا. في الشهر القادم أريدهم أن يلتقطوا الصور بأنفسهم.",
        },
    },
    {
        "subject": "science",
        "standards": ["educator-led", "continuous"],
        "hours": "3.5",
        "title": {
            "en": "A morning in a colleague's lab classroom",
            "es": "Una mañana en el aula laboratorio de una colega",
            "ht": "Yon maten nan sal laboratwa yon kolèg",
            "pt": "Uma manhã na sala-laboratório de uma colega",
            "vi": "Một buổi sáng trong lớp học mẫu của đồng nghiệp",
            "zh-hans": "在同事示范课堂里的一个上午",
            "ar": "صباح في الصف المفتوح لزميلة",
        },
        "reflection": {
            "en": "We watched the same lesson with one question each. Mine was: who talks during group work?\n\n"
            "The tally surprised me: the students with the materials did most of the talking. I now hand the "
            "materials to a different student every day.",
            "es": "Observamos la misma clase con una pregunta cada uno. La mía era: ¿quién habla durante el "
            "trabajo en grupo?\n\nEl conteo me sorprendió: hablaban sobre todo los alumnos que tenían los "
            "materiales. Ahora entrego los materiales a un alumno distinto cada día.",
            "ht": "Nou te obsève menm leson an, chak moun ak yon kesyon. Pa m nan te: kiyès ki pale pandan "
            "travay an gwoup?\n\nKont lan te sezi m: se elèv ki te gen materyèl yo ki te pale plis. Kounye a "
            "mwen bay yon lòt elèv materyèl yo chak jou.",
            "pt": "Assistimos à mesma aula, cada um com uma pergunta. A minha era: quem fala durante o "
            "trabalho em grupo?\n\nA contagem me surpreendeu: quem tinha os materiais falava mais. Agora "
            "entrego os materiais a um aluno diferente todo dia.",
            "vi": "Chúng tôi cùng dự một tiết học, mỗi người mang theo một câu hỏi. Câu của tôi là: ai nói "
            "trong lúc làm việc nhóm?\n\nKết quả làm tôi ngạc nhiên: em nào cầm đồ dùng thì nói nhiều nhất. "
            "Giờ mỗi ngày tôi giao đồ dùng cho một em khác.",
            "zh-hans": "我们一起观摩同一节课，每人带着一个问题。我的问题是：小组活动时谁在说话？"
            "\n\n统计结果让我意外：拿着实验材料的学生说得最多。现在我每天把材料交给不同的学生。",
            "ar": "شاهدنا الدرس نفسه ولكلٍّ منا سؤال. كان سؤالي: من يتكلم أثناء العمل في المجموعات؟"
            "\n\nفاجأني العدّ: الطلاب الذين يمسكون الأدوات هم من تكلموا أكثر. صرت أعطي الأدوات لطالب مختلف كل يوم.",
        },
    },
    {
        "subject": "counseling",
        "standards": ["adult-learning", "relevant"],
        "hours": "8",
        "title": {
            "en": "Study group: restorative circles",
            "es": "Grupo de estudio: círculos restaurativos",
            "ht": "Gwoup etid: sèk reparasyon",
            "pt": "Grupo de estudo: círculos restaurativos",
            "vi": "Nhóm học tập: vòng tròn phục hồi",
            "zh-hans": "学习小组：修复式圆圈",
            "ar": "حلقة دراسية: دوائر العدالة التصالحية",
        },
        "reflection": {
            "en": "Four meetings after school, each of us trying one circle between meetings. My first circle "
            "was awkward and too long.\n\nThe group helped me cut it to three questions. By the third try the "
            "class asked for a circle on their own.",
            "es": "Cuatro reuniones después de clase; cada uno probaba un círculo entre reuniones. Mi primer "
            "círculo fue incómodo y demasiado largo.\n\nEl grupo me ayudó a reducirlo a tres preguntas. Al "
            "tercer intento, la clase pidió un círculo por su cuenta.",
            "ht": "Kat reyinyon apre lekòl, chak moun te eseye yon sèk ant reyinyon yo. Premye sèk mwen an te "
            "malalèz e twò long.\n\nGwoup la te ede m redui l a twa kesyon. Nan twazyèm fwa a, klas la te "
            "mande yon sèk poukont yo.",
            "pt": "Quatro encontros depois da aula; entre um e outro, cada um testava um círculo. Meu primeiro "
            "círculo foi constrangedor e longo demais.\n\nO grupo me ajudou a reduzi-lo a três perguntas. Na "
            "terceira tentativa, a turma pediu um círculo por conta própria.",
            "vi": "Bốn buổi gặp sau giờ học, giữa các buổi mỗi người thử tổ chức một vòng tròn. Vòng tròn đầu "
            "tiên của tôi lúng túng và quá dài.\n\nNhóm đã giúp tôi rút lại còn ba câu hỏi. Đến lần thứ ba, "
            "cả lớp tự đề nghị ngồi vòng tròn.",
            "zh-hans": "放学后聚了四次，每两次之间每人在班上试一次圆圈活动。我的第一次既尴尬又太长。"
            "\n\n小组帮我把它精简成三个问题。到第三次，学生们主动要求围成圆圈。",
            "ar": "أربعة لقاءات بعد الدوام، وجرّب كل واحد منا دائرة بين لقاء وآخر. كانت دائرتي الأولى محرجة "
            "وطويلة جدًا.\n\nساعدتني المجموعة على اختصارها إلى ثلاثة أسئلة. وفي المحاولة الثالثة طلب الصف "
            "الدائرة من تلقاء نفسه.",
        },
    },
    {
        "subject": "english",
        "standards": ["relevant", "documented"],
        "hours": "4",
        "title": {
            "en": "Family reading night in three languages",
            "es": "Noche de lectura en familia en tres idiomas",
            "ht": "Swa lekti an fanmi nan twa lang",
            "pt": "Noite de leitura em família em três línguas",
            "vi": "Đêm đọc sách gia đình bằng ba ngôn ngữ",
            "zh-hans": "三种语言的家庭阅读之夜",
            "ar": "أمسية قراءة عائلية بثلاث لغات",
        },
        "reflection": {
            "en": "Parents read the same picture book aloud in English, Spanish and Haitian Creole. The "
            "children translated for each other.\n\nI learned more about my students' homes in one evening "
            "than in a semester of conferences.",
            "es": "Las familias leyeron en voz alta el mismo libro ilustrado en inglés, español y criollo "
            "haitiano. Los niños se traducían unos a otros.\n\nEn una noche aprendí más sobre los hogares de "
            "mis alumnos que en un semestre de reuniones.",
            "ht": "Paran yo te li menm liv ak imaj la awotvwa an anglè, an panyòl ak an kreyòl ayisyen. Timoun "
            "yo te tradui pou youn lòt.\n\nNan yon sèl swa, mwen aprann plis sou kay elèv mwen yo pase nan "
            "yon semès rankont.",
            "pt": "As famílias leram em voz alta o mesmo livro ilustrado em inglês, espanhol e crioulo "
            "haitiano. As crianças traduziam umas para as outras.\n\nAprendi mais sobre as casas dos meus "
            "alunos numa noite do que num semestre de reuniões.",
            "vi": "Phụ huynh đọc to cùng một cuốn truyện tranh bằng tiếng Anh, tiếng Tây Ban Nha và tiếng "
            "Creole Haiti. Các em dịch cho nhau nghe.\n\nChỉ trong một buổi tối, tôi hiểu về gia đình học "
            "sinh nhiều hơn cả một học kỳ họp phụ huynh.",
            "zh-hans": "家长们用英语、西班牙语和海地克里奥尔语朗读同一本绘本，孩子们互相翻译。"
            "\n\n这一个晚上让我对学生家庭的了解，比一整个学期的家长会还多。",
            "ar": "قرأ الأهالي بصوت عالٍ كتاب الصور نفسه بالإنجليزية والإسبانية والكريولية الهايتية، وترجم "
            "الأطفال بعضهم لبعض.\n\nتعلمت عن بيوت طلابي في أمسية واحدة أكثر مما تعلمته في فصل كامل من "
            "الاجتماعات.",
        },
    },
]

COLLECTION_TITLE = {
    "en": "My year of trying new things",
    "es": "Mi año de probar cosas nuevas",
    "ht": "Ane mwen te eseye nouvo bagay",
    "pt": "Meu ano de experimentar coisas novas",
    "vi": "Một năm thử những điều mới",
    "zh-hans": "我尝试新事物的一年",
    "ar": "عامي في تجربة أشياء جديدة",
}

COLLECTION_DESCRIPTION = {
    "en": "What I tried this year, in the order it happened, and what each step taught me.",
    "es": "Lo que probé este año, en el orden en que ocurrió, y lo que me enseñó cada paso.",
    "ht": "Sa m te eseye ane sa a, nan lòd li te pase, ak sa chak etap te aprann mwen.",
    "pt": "O que experimentei este ano, na ordem em que aconteceu, e o que cada passo me ensinou.",
    "vi": "Những gì tôi đã thử trong năm nay, theo thứ tự diễn ra, và điều mỗi bước dạy tôi.",
    "zh-hans": "今年我尝试过的事情，按发生的顺序排列，以及每一步带给我的收获。",
    "ar": "ما جرّبته هذا العام، بالترتيب الذي حدث به، وما علّمتني إياه كل خطوة.",
}

PHOTO_TITLE = {
    "en": "From our classroom",
    "es": "Desde nuestra aula",
    "ht": "Nan sal klas nou",
    "pt": "Da nossa sala de aula",
    "vi": "Từ lớp học của chúng tôi",
    "zh-hans": "来自我们的教室",
    "ar": "من صفنا",
}

COMMENTS = {
    "en": ["Thank you for writing this down. I am trying it next week.", "How long did the first attempt take?"],
    "es": ["Gracias por escribirlo. Lo voy a probar la semana que viene.", "¿Cuánto duró el primer intento?"],
    "ht": ["Mèsi paske ou ekri sa. M ap eseye l semèn pwochèn.", "Konbyen tan premye esè a te pran?"],
    "pt": ["Obrigada por registrar isto. Vou experimentar na semana que vem.", "Quanto tempo levou a primeira vez?"],
    "vi": ["Cảm ơn bạn đã ghi lại. Tuần sau tôi sẽ thử.", "Lần thử đầu tiên mất bao lâu?"],
    "zh-hans": ["谢谢你把这些写下来，我下周就试试。", "第一次尝试用了多长时间？"],
    "ar": ["شكرًا لأنك كتبت هذا. سأجربه الأسبوع القادم.", "كم استغرقت المحاولة الأولى؟"],
}

# Names for the demo educators, when the catalog's loader has not made them yet.
EDUCATOR_NAMES = [
    ("Grace", "Mensah", "en"),
    ("Lucía", "Ramírez", "es"),
    ("Wideline", "Pierre", "ht"),
    ("Beatriz", "Costa", "pt"),
    ("Minh", "Trần", "vi"),
    ("Wei", "Zhang", "zh-hans"),
    ("Yasmin", "Khalil", "ar"),
    ("Daniel", "Brooks", "en"),
    ("Carlos", "Méndez", "es"),
    ("Jean", "Baptiste", "ht"),
    ("Rafael", "Lima", "pt"),
    ("Lan", "Nguyễn", "vi"),
    ("Hui", "Chen", "zh-hans"),
    ("Omar", "Haddad", "ar"),
    ("Nia", "Johnson", "en"),
]
