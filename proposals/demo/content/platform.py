"""The platform: five planks, each with its commitments. Proposals name their plank by slug."""

from home.demo.spec import Text

from ..spec import PlankSpec, PlatformSpec

PLATFORM_TITLE = Text(
    en="Our platform",
    es="Nuestra plataforma",
    ht="Platfòm nou an",
    pt="Nossa plataforma",
    vi="Cương lĩnh của chúng tôi",
    zh="我们的纲领",
    ar="برنامجنا",
)

STUDENTS_AT_THE_CENTER = PlankSpec(
    slug="students-at-the-center",
    title=Text(
        en="Students at the center",
        es="Los estudiantes en el centro",
        ht="Elèv yo nan sant tout bagay",
        pt="Os estudantes no centro",
        vi="Học sinh là trung tâm",
        zh="以学生为中心",
        ar="الطلاب في المركز",
    ),
    summary=Text(
        en="Educators do their best work when students are well, and students thrive when educators are supported. "
        "We put first the needs of the students most often overlooked: students with disabilities, multilingual "
        "learners, students from low-income families and students of color.",
        es="Los educadores dan lo mejor de sí cuando sus estudiantes están bien, y los estudiantes prosperan cuando "
        "los educadores cuentan con apoyo. Ponemos primero las necesidades de quienes más a menudo quedan "
        "relegados: estudiantes con discapacidad, estudiantes multilingües, estudiantes de familias de bajos "
        "ingresos y estudiantes de color.",
        ht="Edikatè yo fè pi bon travay yo lè elèv yo byen, epi elèv yo grandi byen lè edikatè yo jwenn sipò. Nou "
        "mete an premye bezwen elèv yo konn bliye plis yo: elèv ki gen andikap, elèv k ap aprann plizyè lang, "
        "elèv ki soti nan fanmi ki pa gen anpil mwayen, ak elèv nwa ak lòt elèv ki pa blan.",
        pt="Os educadores fazem o seu melhor quando os estudantes estão bem, e os estudantes prosperam quando os "
        "educadores têm apoio. Colocamos em primeiro lugar as necessidades de quem costuma ser esquecido: "
        "estudantes com deficiência, estudantes multilíngues, estudantes de famílias de baixa renda e estudantes "
        "negros e de outros grupos raciais.",
        vi="Nhà giáo làm việc tốt nhất khi học sinh khỏe mạnh, và học sinh phát triển khi nhà giáo được hỗ trợ. "
        "Chúng tôi ưu tiên nhu cầu của những học sinh thường bị bỏ quên nhất: học sinh khuyết tật, học sinh đa "
        "ngữ, học sinh từ các gia đình thu nhập thấp và học sinh da màu.",
        zh="学生状态好，教育工作者才能发挥最佳水平；教育工作者得到支持，学生才能茁壮成长。我们优先考虑最常被忽视的学生的需要："
        "残障学生、多语言学习者、低收入家庭的学生以及有色人种学生。",
        ar="يقدّم المعلمون أفضل ما لديهم عندما يكون طلابهم بخير، ويزدهر الطلاب عندما يحظى المعلمون بالدعم. ونضع "
        "أولًا احتياجات الطلاب الذين يُهمَلون في أغلب الأحيان: الطلاب ذوو الإعاقة، ومتعلمو اللغات المتعددة، "
        "وأبناء الأسر ذات الدخل المحدود، والطلاب من ذوي البشرة الملونة.",
    ),
    commitments=[
        Text(
            en="Special education caseloads small enough for every student to get the services in their plan",
            es="Cargas de casos de educación especial lo bastante pequeñas para que cada estudiante reciba los "
            "servicios de su plan",
            ht="Kantite elèv chak edikatè gen nan edikasyon espesyal dwe ase piti pou chak elèv jwenn sèvis ki nan "
            "plan li",
            pt="Número de casos na educação especial pequeno o bastante para que cada estudante receba os serviços "
            "previstos no seu plano",
            vi="Số hồ sơ giáo dục đặc biệt mỗi nhà giáo phụ trách đủ nhỏ để mọi học sinh nhận được các dịch vụ trong "
            "kế hoạch của mình",
            zh="特殊教育个案量要足够小，确保每个学生都能获得其计划中规定的服务",
            ar="أعداد حالات في التربية الخاصة صغيرة بما يكفي ليحصل كل طالب على الخدمات الواردة في خطته",
        ),
        Text(
            en="Time in the school day to prepare for and hold IEP meetings",
            es="Tiempo dentro de la jornada escolar para preparar y celebrar las reuniones del IEP",
            ht="Tan pandan jounen lekòl la pou prepare epi fè reyinyon IEP yo",
            pt="Tempo dentro do dia letivo para preparar e realizar as reuniões do IEP",
            vi="Thời gian trong ngày học để chuẩn bị và tổ chức các cuộc họp IEP",
            zh="在上课日内留出准备和召开IEP会议的时间",
            ar="وقت ضمن اليوم الدراسي للتحضير لاجتماعات خطط التعليم الفردية وعقدها",
        ),
        Text(
            en="Interpretation and translation so that every family can take part in their child's education",
            es="Interpretación y traducción para que todas las familias puedan participar en la educación de sus hijos",
            ht="Entèpretasyon ak tradiksyon pou chak fanmi ka patisipe nan edikasyon pitit yo",
            pt="Interpretação e tradução para que todas as famílias possam participar da educação dos filhos",
            vi="Phiên dịch và biên dịch để mọi gia đình đều có thể tham gia vào việc học của con em mình",
            zh="提供口译和笔译服务，让每个家庭都能参与孩子的教育",
            ar="الترجمة الفورية والتحريرية حتى تتمكن كل أسرة من المشاركة في تعليم أبنائها",
        ),
    ],
)

ADEQUATE_AND_EQUITABLE_FUNDING = PlankSpec(
    slug="adequate-and-equitable-funding",
    title=Text(
        en="Adequate and equitable funding",
        es="Financiamiento suficiente y equitativo",
        ht="Finansman ki ase e ki jis",
        pt="Financiamento suficiente e equitativo",
        vi="Ngân sách đầy đủ và công bằng",
        zh="充足而公平的经费",
        ar="تمويل كافٍ ومنصف",
    ),
    summary=Text(
        en="Every school needs enough money, and schools serving students with the greatest needs should receive "
        "more. We will push the district to put funds where they do the most good, and work with families to win "
        "more public money for schools.",
        es="Cada escuela necesita fondos suficientes, y las que atienden a estudiantes con mayores necesidades deben "
        "recibir más. Presionaremos al distrito para que destine los fondos adonde más bien hacen, y trabajaremos "
        "con las familias para conseguir más dinero público para las escuelas.",
        ht="Chak lekòl bezwen ase lajan, epi lekòl ki sèvi elèv ki gen plis bezwen yo ta dwe resevwa plis. Nou pral "
        "fè presyon sou distri a pou l voye lajan kote l ap fè plis byen, epi nou pral travay ak fanmi yo pou "
        "jwenn plis lajan piblik pou lekòl yo.",
        pt="Toda escola precisa de recursos suficientes, e as que atendem estudantes com maiores necessidades devem "
        "receber mais. Vamos pressionar o distrito a direcionar os recursos para onde eles fazem mais diferença e "
        "trabalhar com as famílias para conquistar mais dinheiro público para as escolas.",
        vi="Mọi trường học đều cần đủ kinh phí, và những trường phục vụ học sinh có nhu cầu lớn nhất cần được nhận "
        "nhiều hơn. Chúng tôi sẽ thúc đẩy học khu phân bổ ngân sách vào nơi mang lại hiệu quả cao nhất, và cùng "
        "phụ huynh vận động để có thêm tiền công cho trường học.",
        zh="每所学校都需要足够的经费，而服务最需要帮助的学生的学校应当获得更多。我们将推动学区把资金用在最能发挥作用的地方，"
        "并与家庭一起争取更多公共教育经费。",
        ar="تحتاج كل مدرسة إلى تمويل كافٍ، وينبغي أن تحصل المدارس التي تخدم الطلاب الأكثر حاجة على المزيد. وسنضغط "
        "على المنطقة التعليمية لتوجيه الأموال حيث تُحدث أكبر أثر، وسنعمل مع الأسر لكسب مزيد من المال العام "
        "للمدارس.",
    ),
    commitments=[
        Text(
            en="Smaller classes, starting in the schools with the highest needs",
            es="Grupos más pequeños, empezando por las escuelas con mayores necesidades",
            ht="Klas ki pi piti, kòmanse nan lekòl ki gen plis bezwen yo",
            pt="Turmas menores, a começar pelas escolas com maiores necessidades",
            vi="Lớp học sĩ số nhỏ hơn, bắt đầu từ những trường có nhu cầu cao nhất",
            zh="缩小班级规模，从需求最大的学校做起",
            ar="فصول أصغر، بدءًا بالمدارس الأكثر حاجة",
        ),
        Text(
            en="A funding formula that sends more to students learning English, students in foster care and students "
            "from low-income families",
            es="Una fórmula de financiamiento que destine más recursos a estudiantes que aprenden inglés, estudiantes "
            "en hogares de acogida y estudiantes de familias de bajos ingresos",
            ht="Yon fòmil finansman ki voye plis lajan pou elèv k ap aprann angle, elèv ki nan fanmi akèy ak elèv ki "
            "soti nan fanmi ki pa gen anpil mwayen",
            pt="Uma fórmula de financiamento que destine mais recursos a estudantes que aprendem inglês, estudantes em "
            "acolhimento familiar e estudantes de famílias de baixa renda",
            vi="Công thức phân bổ ngân sách dành nhiều hơn cho học sinh đang học tiếng Anh, học sinh đang được nhận "
            "nuôi tạm thời và học sinh từ gia đình thu nhập thấp",
            zh="制定经费分配公式，向英语学习者、寄养学生和低收入家庭学生倾斜",
            ar="صيغة تمويل تخصّص المزيد للطلاب الذين يتعلمون الإنجليزية، والطلاب في دور الرعاية البديلة، وأبناء "
            "الأسر ذات الدخل المحدود",
        ),
        Text(
            en="Safe, healthy buildings, with repairs done on time",
            es="Edificios seguros y saludables, con reparaciones hechas a tiempo",
            ht="Bilding ki an sekirite e ki an sante, ak reparasyon ki fèt atan",
            pt="Prédios seguros e saudáveis, com reparos feitos no prazo",
            vi="Trường sở an toàn, lành mạnh và được sửa chữa kịp thời",
            zh="校舍安全健康，维修及时完成",
            ar="مبانٍ آمنة وصحية، تُنجز إصلاحاتها في موعدها",
        ),
        Text(
            en="A joint campaign with families for more state funding for public schools",
            es="Una campaña conjunta con las familias para conseguir más fondos estatales para las escuelas públicas",
            ht="Yon kanpay ansanm ak fanmi yo pou plis finansman leta pou lekòl piblik yo",
            pt="Uma campanha conjunta com as famílias por mais verbas estaduais para as escolas públicas",
            vi="Một chiến dịch chung với phụ huynh để tăng ngân sách tiểu bang cho trường công",
            zh="与家庭联合开展行动，争取更多州政府公立学校经费",
            ar="حملة مشتركة مع الأسر للحصول على مزيد من تمويل الولاية للمدارس العامة",
        ),
    ],
)

ACCOUNTABILITY_AND_COLLABORATION = PlankSpec(
    slug="accountability-and-collaboration",
    title=Text(
        en="Accountability and collaboration",
        es="Rendición de cuentas y colaboración",
        ht="Responsablite ak kolaborasyon",
        pt="Responsabilização e colaboração",
        vi="Trách nhiệm giải trình và hợp tác",
        zh="问责与协作",
        ar="المساءلة والتعاون",
    ),
    summary=Text(
        en="Schools, the district and the union all answer to students, families and communities. We will build a "
        "coalition with parents, other unions and community groups, and judge schools by students' growth and many "
        "signs of success, not by a single test.",
        es="Las escuelas, el distrito y el sindicato deben responder ante los estudiantes, las familias y las "
        "comunidades. Construiremos una coalición con madres y padres, otros sindicatos y organizaciones "
        "comunitarias, y valoraremos a las escuelas por el progreso de sus estudiantes y por muchos indicadores de "
        "éxito, no por un solo examen.",
        ht="Lekòl yo, distri a ak sendika a, yo tout gen pou rann elèv yo, fanmi yo ak kominote yo kont. Nou pral "
        "bati yon kowalisyon ak paran yo, lòt sendika ak òganizasyon kominotè, epi nou pral jije lekòl yo dapre "
        "pwogrè elèv yo ak anpil lòt siy siksè, pa dapre yon sèl egzamen.",
        pt="As escolas, o distrito e o sindicato prestam contas aos estudantes, às famílias e às comunidades. Vamos "
        "construir uma coalizão com mães e pais, outros sindicatos e organizações comunitárias, e avaliar as "
        "escolas pelo progresso dos estudantes e por muitos sinais de sucesso, não por uma única prova.",
        vi="Nhà trường, học khu và công đoàn đều phải chịu trách nhiệm trước học sinh, phụ huynh và cộng đồng. "
        "Chúng tôi sẽ xây dựng liên minh với phụ huynh, các công đoàn khác và các tổ chức cộng đồng, đồng thời "
        "đánh giá trường học dựa trên sự tiến bộ của học sinh và nhiều dấu hiệu thành công khác, chứ không chỉ một "
        "bài kiểm tra.",
        zh="学校、学区和工会都要对学生、家庭和社区负责。我们将与家长、其他工会和社区组织结成联盟，并以学生的进步和多方面的成功指标来衡量学校，"
        "而不是只看一次考试。",
        ar="المدارس والمنطقة التعليمية والنقابة كلها مسؤولة أمام الطلاب والأسر والمجتمعات. سنبني تحالفًا مع أولياء "
        "الأمور والنقابات الأخرى والمنظمات المجتمعية، وسنقيس أداء المدارس بتقدّم الطلاب وبمؤشرات نجاح متعددة، لا "
        "باختبار واحد.",
    ),
    commitments=[
        Text(
            en="Families and students on the councils that set school budgets",
            es="Familias y estudiantes en los consejos que deciden los presupuestos escolares",
            ht="Fanmi ak elèv nan konsèy ki deside bidjè lekòl yo",
            pt="Famílias e estudantes nos conselhos que definem os orçamentos das escolas",
            vi="Phụ huynh và học sinh tham gia các hội đồng quyết định ngân sách trường",
            zh="让家庭和学生进入决定学校预算的委员会",
            ar="مشاركة الأسر والطلاب في المجالس التي تضع ميزانيات المدارس",
        ),
        Text(
            en="Evaluations based on growth and several measures, never on test scores alone",
            es="Evaluaciones basadas en el progreso y en varios indicadores, nunca solo en los resultados de exámenes",
            ht="Evalyasyon ki baze sou pwogrè ak plizyè mezi, janm sou nòt egzamen sèlman",
            pt="Avaliações baseadas no progresso e em vários indicadores, nunca só em notas de provas",
            vi="Đánh giá dựa trên sự tiến bộ và nhiều tiêu chí, không bao giờ chỉ dựa vào điểm thi",
            zh="评价以进步和多项指标为依据，绝不只看考试分数",
            ar="تقييمات تقوم على التقدّم وعلى مقاييس متعددة، لا على درجات الاختبارات وحدها",
        ),
        Text(
            en="A yearly public report, written with the district, on how the contract is carried out",
            es="Un informe público anual, redactado junto con el distrito, sobre cómo se cumple el contrato",
            ht="Yon rapò piblik chak ane, nou ekri ansanm ak distri a, sou jan yo aplike kontra a",
            pt="Um relatório público anual, escrito em conjunto com o distrito, sobre o cumprimento do contrato",
            vi="Một báo cáo công khai hằng năm, soạn cùng học khu, về việc thực hiện hợp đồng",
            zh="每年与学区共同发布一份公开报告，说明合同的执行情况",
            ar="تقرير علني سنوي، يُكتب بالاشتراك مع المنطقة التعليمية، عن مدى تنفيذ العقد",
        ),
    ],
)

HOLISTIC_SUPPORTS = PlankSpec(
    slug="holistic-supports-and-restorative-justice",
    title=Text(
        en="Holistic supports and restorative justice",
        es="Apoyo integral y justicia restaurativa",
        ht="Sipò konplè ak jistis restoratif",
        pt="Apoio integral e justiça restaurativa",
        vi="Hỗ trợ toàn diện và công lý phục hồi",
        zh="全方位支持与修复式正义",
        ar="الدعم الشامل والعدالة التصالحية",
    ),
    summary=Text(
        en="Students cannot learn when they are sick, hungry, grieving or pushed out of school. We want nurses, "
        "counselors and social workers in every school, and discipline that repairs harm instead of suspending "
        "students, so that students of color are no longer removed from class far more often than their "
        "classmates.",
        es="Los estudiantes no pueden aprender si están enfermos, tienen hambre, atraviesan un duelo o son apartados "
        "de la escuela. Queremos enfermeras, consejeros y trabajadores sociales en cada escuela, y una disciplina "
        "que repare el daño en lugar de suspender, para que los estudiantes de color dejen de ser sacados de clase "
        "mucho más a menudo que sus compañeros.",
        ht="Elèv yo pa ka aprann lè yo malad, lè yo grangou, lè yo nan lapenn oswa lè yo mete yo deyò lekòl. Nou "
        "vle enfimyè, konseye ak travayè sosyal nan chak lekòl, ak yon disiplin ki repare domaj la olye li sispann "
        "elèv yo, pou yo pa kontinye mete elèv nwa ak lòt elèv ki pa blan deyò klas pi souvan pase kamarad yo.",
        pt="Os estudantes não conseguem aprender quando estão doentes, com fome, de luto ou excluídos da escola. "
        "Queremos enfermeiros, orientadores e assistentes sociais em todas as escolas, e uma disciplina que repare "
        "o dano em vez de suspender, para que estudantes negros e de outros grupos raciais deixem de ser afastados "
        "das aulas com muito mais frequência do que os colegas.",
        vi="Học sinh không thể học khi các em ốm đau, đói, đang đau buồn hay bị đẩy ra khỏi trường. Chúng tôi muốn "
        "có y tá, chuyên viên tư vấn và nhân viên xã hội ở mọi trường, cùng cách kỷ luật giúp hàn gắn tổn thương "
        "thay vì đình chỉ học, để học sinh da màu không còn bị đưa ra khỏi lớp thường xuyên hơn nhiều so với các "
        "bạn.",
        zh="学生生病、饥饿、陷入悲伤或被赶出校门时，都无法学习。我们希望每所学校都有护士、辅导员和社工，"
        "并以修复伤害而不是停学的方式处理纪律问题，让有色人种学生不再比同学更频繁地被赶出课堂。",
        ar="لا يستطيع الطلاب التعلّم وهم مرضى أو جائعون أو في حداد أو مُبعدون عن المدرسة. نريد ممرضين ومرشدين "
        "وأخصائيين اجتماعيين في كل مدرسة، وانضباطًا يُصلح الضرر بدل الفصل المؤقت، حتى لا يُبعَد الطلاب من ذوي "
        "البشرة الملونة عن الفصل أكثر بكثير من زملائهم.",
    ),
    commitments=[
        Text(
            en="A full-time nurse in every school",
            es="Una enfermera a tiempo completo en cada escuela",
            ht="Yon enfimyè a plen tan nan chak lekòl",
            pt="Um enfermeiro em tempo integral em cada escola",
            vi="Một y tá toàn thời gian ở mỗi trường",
            zh="每所学校配备一名全职护士",
            ar="ممرض بدوام كامل في كل مدرسة",
        ),
        Text(
            en="Enough counselors and social workers for every student to be known by one of them",
            es="Suficientes consejeros y trabajadores sociales para que cada estudiante sea conocido por alguno de "
            "ellos",
            ht="Ase konseye ak travayè sosyal pou chak elèv gen youn nan yo ki konnen l",
            pt="Orientadores e assistentes sociais em número suficiente para que cada estudante seja conhecido por "
            "um deles",
            vi="Đủ chuyên viên tư vấn và nhân viên xã hội để mỗi học sinh đều được một người trong số họ biết rõ",
            zh="配足辅导员和社工，让每个学生都有一位真正了解自己的人",
            ar="عدد كافٍ من المرشدين والأخصائيين الاجتماعيين ليعرف أحدُهم كلَّ طالب معرفة شخصية",
        ),
        Text(
            en="Restorative practices, with training and time for staff, in place of suspensions",
            es="Prácticas restaurativas, con formación y tiempo para el personal, en lugar de suspensiones",
            ht="Pratik restoratif, ak fòmasyon ak tan pou anplwaye yo, olye sispansyon",
            pt="Práticas restaurativas, com formação e tempo para a equipe, no lugar de suspensões",
            vi="Các phương pháp phục hồi, kèm đào tạo và thời gian cho nhân viên, thay cho việc đình chỉ học",
            zh="以修复式做法取代停学，并为教职员工提供培训和时间",
            ar="ممارسات تصالحية، مع تدريب العاملين ومنحهم الوقت اللازم، بدلًا من الفصل المؤقت",
        ),
        Text(
            en="More mental health support in schools where many students have lived through trauma",
            es="Más apoyo de salud mental en las escuelas donde muchos estudiantes han vivido situaciones traumáticas",
            ht="Plis sipò pou sante mantal nan lekòl kote anpil elèv te viv twomatis",
            pt="Mais apoio em saúde mental nas escolas onde muitos estudantes passaram por traumas",
            vi="Tăng cường hỗ trợ sức khỏe tâm thần ở những trường có nhiều học sinh từng trải qua sang chấn",
            zh="在许多学生经历过创伤的学校加强心理健康支持",
            ar="مزيد من دعم الصحة النفسية في المدارس التي مرّ كثير من طلابها بصدمات",
        ),
    ],
)

ELEVATING_THE_PROFESSION = PlankSpec(
    slug="elevating-the-profession",
    title=Text(
        en="Elevating the profession",
        es="Valorar la profesión docente",
        ht="Valorize pwofesyon an",
        pt="Valorizar a profissão",
        vi="Nâng tầm nghề giáo",
        zh="提升教师职业地位",
        ar="الارتقاء بمهنة التعليم",
    ),
    summary=Text(
        en="Students need skilled, diverse educators who stay. We will fight for time to prepare and plan together, "
        "good materials that teachers can adapt, and real support for educators in their first years.",
        es="Los estudiantes necesitan educadores preparados y diversos que se queden. Lucharemos por tener tiempo "
        "para preparar y planificar en equipo, buenos materiales que el profesorado pueda adaptar y un apoyo real "
        "para los educadores en sus primeros años.",
        ht="Elèv yo bezwen edikatè ki konpetan, ki divès e ki rete. Nou pral goumen pou gen tan pou prepare ak "
        "planifye ansanm, bon materyèl pwofesè yo ka adapte, ak yon vrè sipò pou edikatè ki nan premye ane yo.",
        pt="Os estudantes precisam de educadores qualificados e diversos que permaneçam. Vamos lutar por tempo para "
        "preparar e planejar em conjunto, bons materiais que os professores possam adaptar e apoio de verdade aos "
        "educadores em início de carreira.",
        vi="Học sinh cần những nhà giáo giỏi, đa dạng và gắn bó lâu dài. Chúng tôi sẽ đấu tranh để có thời gian "
        "chuẩn bị và cùng nhau lập kế hoạch, tài liệu tốt mà giáo viên có thể điều chỉnh, và sự hỗ trợ thực chất "
        "cho nhà giáo trong những năm đầu đi dạy.",
        zh="学生需要技能娴熟、背景多元并且愿意长期留任的教育工作者。我们将争取备课和共同规划的时间、教师可以灵活调整的优质教材，"
        "以及对入职头几年教育工作者的切实支持。",
        ar="يحتاج الطلاب إلى معلمين أكفاء ومتنوعين يبقون في مدارسهم. سنناضل من أجل وقت للتحضير والتخطيط المشترك، "
        "ومواد تعليمية جيدة يستطيع المعلمون تكييفها، ودعم حقيقي للمعلمين في سنواتهم الأولى.",
    ),
    commitments=[
        Text(
            en="Paid preparation days before each school year begins",
            es="Días de preparación pagados antes del comienzo de cada año escolar",
            ht="Jou preparasyon peye anvan chak ane lekòl kòmanse",
            pt="Dias de preparação remunerados antes do início de cada ano letivo",
            vi="Những ngày chuẩn bị được trả lương trước khi mỗi năm học bắt đầu",
            zh="每学年开学前设有带薪备课日",
            ar="أيام تحضير مدفوعة الأجر قبل بداية كل عام دراسي",
        ),
        Text(
            en="A trained mentor for every educator in their first two years",
            es="Un mentor capacitado para cada educador en sus dos primeros años",
            ht="Yon mantò ki fòme pou chak edikatè nan de premye ane li",
            pt="Um mentor capacitado para cada educador nos dois primeiros anos",
            vi="Một người cố vấn được đào tạo cho mỗi nhà giáo trong hai năm đầu",
            zh="每位入职头两年的教育工作者都有一位受过培训的导师",
            ar="مرشد مدرَّب لكل معلم في سنتيه الأوليين",
        ),
        Text(
            en="Weekly time to plan together across grades and subjects",
            es="Tiempo semanal para planificar en equipo entre grados y materias",
            ht="Tan chak semèn pou planifye ansanm ant nivo ak matyè",
            pt="Tempo semanal para planejar em conjunto entre séries e disciplinas",
            vi="Thời gian hằng tuần để cùng lập kế hoạch giữa các khối lớp và môn học",
            zh="每周有跨年级、跨学科的共同备课时间",
            ar="وقت أسبوعي للتخطيط المشترك بين الصفوف والمواد",
        ),
        Text(
            en="Curriculum materials that educators may adapt to the students in front of them",
            es="Materiales curriculares que los educadores puedan adaptar a los estudiantes que tienen delante",
            ht="Materyèl pwogram edikatè yo ka adapte pou elèv ki devan yo",
            pt="Materiais curriculares que os educadores possam adaptar aos estudantes que têm diante de si",
            vi="Tài liệu giảng dạy mà nhà giáo có thể điều chỉnh cho phù hợp với học sinh của mình",
            zh="教育工作者可以根据眼前学生的情况调整的课程材料",
            ar="مواد منهجية يستطيع المعلمون تكييفها مع طلابهم",
        ),
    ],
)

PLATFORM = PlatformSpec(
    model="PlatformPage",
    slug="platform",
    title=PLATFORM_TITLE,
    fields={
        "intro": Text(
            en="Five planks, written with members, families and students. Each one lists what we commit to and the "
            "contract proposals that carry it out.",
            es="Cinco ejes, escritos junto con miembros, familias y estudiantes. Cada uno enumera lo que nos "
            "comprometemos a hacer y las propuestas de contrato que lo llevan a la práctica.",
            ht="Senk pwen prensipal nou ekri ansanm ak manm yo, fanmi yo ak elèv yo. Chak pwen bay lis sa nou angaje "
            "nou fè ak pwopozisyon kontra ki mete l an pratik.",
            pt="Cinco eixos, escritos com associados, famílias e estudantes. Cada um lista os nossos compromissos e as "
            "propostas de contrato que os colocam em prática.",
            vi="Năm trụ cột được soạn thảo cùng các thành viên, phụ huynh và học sinh. Mỗi trụ cột nêu rõ những cam "
            "kết của chúng tôi và các đề xuất hợp đồng nhằm thực hiện cam kết đó.",
            zh="五大主张由会员、家庭和学生共同撰写。每一项都列出了我们的承诺，以及落实这些承诺的合同提案。",
            ar="خمسة محاور كتبناها مع الأعضاء والأسر والطلاب. ويعرض كل محور ما نلتزم به ومقترحات العقد التي تضعه "
            "موضع التنفيذ.",
        ),
    },
    planks=[
        STUDENTS_AT_THE_CENTER,
        ADEQUATE_AND_EQUITABLE_FUNDING,
        ACCOUNTABILITY_AND_COLLABORATION,
        HOLISTIC_SUPPORTS,
        ELEVATING_THE_PROFESSION,
    ],
)
