"""The demo content, English with its six translations side by side.

Each ``Text`` is one string in every language; a translator reviewing the demo can read down a
block and compare. Names of people and addresses stay as they are (``Text.same``).
"""

import datetime

from home.demo.spec import (
    FooterSpec,
    MenuSpec,
    PageSpec,
    RichText,
    Text,
    TopicSpec,
    call_to_action,
    heading,
    paragraph,
    quote,
)

# Words used in several places


COMMUNICATIONS_TEAM = Text(
    en="Communications team",
    es="Equipo de comunicaciones",
    ht="Ekip kominikasyon",
    pt="Equipe de comunicação",
    vi="Ban truyền thông",
    zh="宣传组",
    ar="فريق الإعلام",
)

GET_INVOLVED = Text(
    en="Get involved",
    es="Participa",
    ht="Patisipe",
    pt="Participe",
    vi="Tham gia",
    zh="参与其中",
    ar="شارك معنا",
)


# Topics of the news

TOPICS = [
    TopicSpec(
        slug="bargaining",
        name=Text(
            en="Bargaining",
            es="Negociación colectiva",
            ht="Negosyasyon kolektif",
            pt="Negociação coletiva",
            vi="Thương lượng tập thể",
            zh="集体谈判",
            ar="المفاوضة الجماعية",
        ),
    ),
    TopicSpec(
        slug="school-funding",
        name=Text(
            en="School funding",
            es="Financiamiento escolar",
            ht="Finansman lekòl",
            pt="Financiamento escolar",
            vi="Ngân sách trường học",
            zh="学校经费",
            ar="تمويل المدارس",
        ),
    ),
    TopicSpec(
        slug="community",
        name=Text(
            en="Community",
            es="Comunidad",
            ht="Kominote",
            pt="Comunidade",
            vi="Cộng đồng",
            zh="社区",
            ar="المجتمع",
        ),
    ),
    TopicSpec(
        slug="professional-learning",
        name=Text(
            en="Professional learning",
            es="Desarrollo profesional",
            ht="Fòmasyon pwofesyonèl",
            pt="Formação profissional",
            vi="Bồi dưỡng chuyên môn",
            zh="专业学习",
            ar="التعلّم المهني",
        ),
    ),
]


# The news

NEWS_ITEMS = [
    PageSpec(
        model="NewsPage",
        slug="listening-sessions-begin",
        title=Text(
            en="Listening sessions begin in every neighborhood",
            es="Comienzan las sesiones de escucha en todos los barrios",
            ht="Sesyon koute yo kòmanse nan tout katye yo",
            pt="Começam as sessões de escuta em todos os bairros",
            vi="Các buổi lắng nghe ý kiến bắt đầu tại mọi khu phố",
            zh="倾听会在各个社区陆续展开",
            ar="انطلاق جلسات الاستماع في كل الأحياء",
        ),
        fields={
            "date": datetime.date(2026, 1, 20),
            "author": COMMUNICATIONS_TEAM,
            "summary": Text(
                en="This winter, twelve listening sessions will ask families, students and educators what their "
                "schools need before bargaining begins.",
                es="Este invierno, doce sesiones de escucha preguntarán a familias, estudiantes y docentes qué "
                "necesitan sus escuelas antes de que comience la negociación.",
                ht="Sezon fredi sa a, douz sesyon koute pral mande fanmi, elèv ak edikatè sa lekòl yo bezwen anvan "
                "negosyasyon an kòmanse.",
                pt="Neste inverno, doze sessões de escuta vão perguntar a famílias, estudantes e educadores do que "
                "suas escolas precisam antes do início da negociação.",
                vi="Mùa đông này, mười hai buổi lắng nghe sẽ hỏi phụ huynh, học sinh và nhà giáo xem trường học "
                "của họ cần gì trước khi bắt đầu thương lượng.",
                zh="今年冬天，我们将举办十二场倾听会，在谈判开始前听取家庭、学生和教育工作者对学校需求的意见。",
                ar="هذا الشتاء، ستسأل اثنتا عشرة جلسة استماع الأسرَ والطلابَ والمعلمين عمّا تحتاجه مدارسهم قبل "
                "بدء المفاوضات.",
            ),
        },
        topics=("community", "bargaining"),
        body=[
            paragraph(
                Text(
                    en="Before we write a single contract proposal, we want to hear from the people our schools "
                    "serve. Over the next eight weeks, members will host listening sessions in school libraries, "
                    "community centers and places of worship across the district.",
                    es="Antes de redactar una sola propuesta de contrato, queremos escuchar a las personas a "
                    "quienes sirven nuestras escuelas. Durante las próximas ocho semanas, nuestros miembros "
                    "organizarán sesiones de escucha en bibliotecas escolares, centros comunitarios y lugares de "
                    "culto de todo el distrito.",
                    ht="Anvan nou ekri menm yon sèl pwopozisyon kontra, nou vle tande moun lekòl nou yo ap sèvi. "
                    "Pandan uit semèn k ap vini yo, manm nou yo pral òganize sesyon koute nan bibliyotèk lekòl, "
                    "sant kominotè, legliz ak lòt kote moun priye toupatou nan distri a.",
                    pt="Antes de escrever uma única proposta de contrato, queremos ouvir as pessoas que as nossas "
                    "escolas atendem. Nas próximas oito semanas, nossos associados vão organizar sessões de escuta "
                    "em bibliotecas escolares, centros comunitários e locais de culto de todo o distrito.",
                    vi="Trước khi viết bất kỳ đề xuất hợp đồng nào, chúng tôi muốn lắng nghe những người mà "
                    "trường học phục vụ. Trong tám tuần tới, các thành viên sẽ tổ chức các buổi lắng nghe ý kiến "
                    "tại thư viện trường, trung tâm cộng đồng và nơi thờ phượng khắp học khu.",
                    zh="在起草任何一项合同提案之前，我们希望先听听学校所服务的人们的声音。在接下来的八周里，"
                    "会员们将在全学区的学校图书馆、社区中心和宗教场所举办倾听会。",
                    ar="قبل أن نكتب أي مقترح للعقد، نريد أن نستمع إلى الناس الذين تخدمهم مدارسنا. وعلى مدى "
                    "الأسابيع الثمانية المقبلة، سينظّم أعضاؤنا جلسات استماع في مكتبات المدارس والمراكز المجتمعية "
                    "ودور العبادة في جميع أنحاء المنطقة التعليمية.",
                ),
            ),
            heading(
                Text(
                    en="How the sessions work",
                    es="Cómo funcionan las sesiones",
                    ht="Kijan sesyon yo fonksyone",
                    pt="Como funcionam as sessões",
                    vi="Các buổi lắng nghe diễn ra như thế nào",
                    zh="倾听会如何进行",
                    ar="كيف تسير الجلسات",
                )
            ),
            paragraph(
                Text(
                    en="Each session lasts about ninety minutes. People talk in small groups, in the language they "
                    "are most comfortable with, and a note-taker writes down what they say without names.",
                    es="Cada sesión dura unos noventa minutos. Las personas conversan en grupos pequeños, en el "
                    "idioma en que se sientan más cómodas, y alguien toma nota de lo que dicen sin registrar "
                    "nombres.",
                    ht="Chak sesyon dire anviwon katrevendis minit. Moun yo pale an ti gwoup, nan lang yo pi alèz "
                    "ladan l, epi yon moun pran nòt sou sa yo di san li pa ekri non pèsonn.",
                    pt="Cada sessão dura cerca de noventa minutos. As pessoas conversam em pequenos grupos, no "
                    "idioma em que se sentem mais à vontade, e alguém anota o que é dito sem registrar nomes.",
                    vi="Mỗi buổi kéo dài khoảng chín mươi phút. Mọi người trò chuyện theo nhóm nhỏ, bằng ngôn ngữ "
                    "mà họ thấy thoải mái nhất, và một người ghi chép lại những gì họ nói mà không ghi tên.",
                    zh="每场倾听会约九十分钟。大家以小组形式交流，使用自己最习惯的语言，记录员会匿名记下大家的发言。",
                    ar="تستغرق كل جلسة نحو تسعين دقيقة. يتحدث المشاركون في مجموعات صغيرة، باللغة التي يرتاحون "
                    "إليها أكثر، ويدوّن أحد الحاضرين ما يقولونه دون ذكر أسماء.",
                ),
                [
                    Text(
                        en="Interpretation in seven languages",
                        es="Interpretación en siete idiomas",
                        ht="Entèpretasyon nan sèt lang",
                        pt="Interpretação em sete idiomas",
                        vi="Phiên dịch bằng bảy ngôn ngữ",
                        zh="提供七种语言的口译",
                        ar="ترجمة فورية بسبع لغات",
                    ),
                    Text(
                        en="Free childcare and a light meal",
                        es="Cuidado de niños gratuito y una comida ligera",
                        ht="Gadri gratis pou timoun yo ak yon ti manje",
                        pt="Cuidado infantil gratuito e um lanche",
                        vi="Trông trẻ miễn phí và có bữa ăn nhẹ",
                        zh="免费托儿服务和简餐",
                        ar="رعاية مجانية للأطفال ووجبة خفيفة",
                    ),
                    Text(
                        en="Sessions on weekday evenings and Saturday mornings",
                        es="Sesiones entre semana por la noche y los sábados por la mañana",
                        ht="Sesyon nan aswè pandan semèn nan ak samdi maten",
                        pt="Sessões à noite durante a semana e aos sábados de manhã",
                        vi="Các buổi vào tối các ngày trong tuần và sáng thứ Bảy",
                        zh="活动安排在工作日晚上和周六上午",
                        ar="جلسات في أمسيات أيام الأسبوع وصباح يوم السبت",
                    ),
                ],
            ),
            quote(
                Text(
                    en="We cannot ask for the schools our students need if we have not asked the students first.",
                    es="No podemos pedir las escuelas que nuestros estudiantes necesitan si antes no se lo hemos "
                    "preguntado a ellos.",
                    ht="Nou pa ka mande lekòl elèv nou yo bezwen si nou pa t mande elèv yo anvan.",
                    pt="Não podemos reivindicar as escolas de que nossos alunos precisam sem antes perguntar a eles.",
                    vi="Chúng ta không thể đòi hỏi những ngôi trường mà học sinh cần nếu chưa hỏi chính các em trước.",
                    zh="如果不先问问学生，我们就无法为他们争取所需要的学校。",
                    ar="لا يمكننا المطالبة بالمدارس التي يحتاجها طلابنا إن لم نسأل الطلاب أنفسهم أولًا.",
                ),
                Text(
                    en="The president of our union",
                    es="La presidenta de nuestro sindicato",
                    ht="Prezidan sendika nou an",
                    pt="A presidente do nosso sindicato",
                    vi="Chủ tịch công đoàn của chúng tôi",
                    zh="我们工会的主席",
                    ar="رئيسة نقابتنا",
                ),
            ),
        ],
    ),
    PageSpec(
        model="NewsPage",
        slug="survey-results",
        title=Text(
            en="Survey results: smaller classes top the list",
            es="Resultados de la encuesta: los grupos más pequeños encabezan la lista",
            ht="Rezilta sondaj la: klas ki pi piti yo anlè lis la",
            pt="Resultados da pesquisa: turmas menores lideram a lista",
            vi="Kết quả khảo sát: lớp học sĩ số nhỏ đứng đầu danh sách",
            zh="调查结果：小班教学位居首位",
            ar="نتائج الاستبيان: الفصول الأصغر في صدارة الأولويات",
        ),
        fields={
            "date": datetime.date(2026, 2, 24),
            "author": Text.same("Rosa Delgado"),
            "summary": Text(
                en="More than 2,400 families, students and school staff answered our survey in seven languages. "
                "Here is what they told us.",
                es="Más de 2400 familias, estudiantes y trabajadores escolares respondieron nuestra encuesta en "
                "siete idiomas. Esto es lo que nos dijeron.",
                ht="Plis pase 2 400 fanmi, elèv ak anplwaye lekòl reponn sondaj nou an nan sèt lang. Men sa yo di nou.",
                pt="Mais de 2.400 famílias, estudantes e funcionários de escola responderam à nossa pesquisa em "
                "sete idiomas. Veja o que eles nos disseram.",
                vi="Hơn 2.400 phụ huynh, học sinh và nhân viên nhà trường đã trả lời khảo sát của chúng tôi bằng "
                "bảy ngôn ngữ. Đây là những gì họ chia sẻ.",
                zh="超过2400个家庭、学生和学校员工用七种语言填写了我们的问卷。以下是他们告诉我们的内容。",
                ar="أجاب أكثر من 2400 من الأسر والطلاب والعاملين في المدارس عن استبياننا بسبع لغات. إليكم ما "
                "قالوه لنا.",
            ),
        },
        topics=("community", "bargaining"),
        body=[
            paragraph(
                Text(
                    en="Smaller classes were the first priority in every language group, followed closely by more "
                    "counselors and nurses. Students also asked for clean, working bathrooms and more time "
                    "outdoors.",
                    es="Los grupos más pequeños fueron la primera prioridad en todos los grupos de idioma, seguidos "
                    "de cerca por más consejeros y enfermeras. Los estudiantes también pidieron baños limpios y en "
                    "buen estado, y más tiempo al aire libre.",
                    ht="Klas ki pi piti se te premye priyorite nan chak gwoup lang, epi tou pre dèyè l te gen plis "
                    "konseye ak enfimyè. Elèv yo te mande tou twalèt ki pwòp e ki fonksyone, ak plis tan deyò.",
                    pt="Turmas menores foram a primeira prioridade em todos os grupos de idioma, seguidas de perto "
                    "por mais orientadores e enfermeiros. Os estudantes também pediram banheiros limpos e "
                    "funcionando e mais tempo ao ar livre.",
                    vi="Lớp học sĩ số nhỏ là ưu tiên hàng đầu ở mọi nhóm ngôn ngữ, theo sát là nhu cầu có thêm "
                    "chuyên viên tư vấn và y tá. Học sinh cũng đề nghị có nhà vệ sinh sạch sẽ, sử dụng được và "
                    "thêm thời gian hoạt động ngoài trời.",
                    zh="在每个语言群体中，小班教学都是首要诉求，紧随其后的是增加辅导员和护士。学生们还希望有干净、"
                    "可用的卫生间，以及更多的户外时间。",
                    ar="جاءت الفصول الأصغر في المرتبة الأولى لدى كل المجموعات اللغوية، تليها مباشرة زيادة عدد "
                    "المرشدين والممرضين. وطلب الطلاب أيضًا دورات مياه نظيفة وصالحة للاستخدام ووقتًا أطول في الهواء "
                    "الطلق.",
                ),
            ),
            heading(
                Text(
                    en="What happens next",
                    es="Qué sigue",
                    ht="Sa k ap vini apre",
                    pt="Próximos passos",
                    vi="Bước tiếp theo",
                    zh="下一步",
                    ar="الخطوات التالية",
                )
            ),
            paragraph(
                Text(
                    en="The bargaining team will turn these answers into proposals. Every proposal will say which "
                    "survey answers it comes from, so anyone can follow the thread from a family's concern to the "
                    "bargaining table.",
                    es="El equipo de negociación convertirá estas respuestas en propuestas. Cada propuesta indicará "
                    "de qué respuestas de la encuesta surge, para que cualquiera pueda seguir el hilo desde la "
                    "inquietud de una familia hasta la mesa de negociación.",
                    ht="Ekip negosyasyon an pral fè repons sa yo tounen pwopozisyon. Chak pwopozisyon ap di ki "
                    "repons nan sondaj la li soti, konsa nenpòt moun ka swiv fil la depi enkyetid yon fanmi rive "
                    "sou tab negosyasyon an.",
                    pt="A equipe de negociação vai transformar essas respostas em propostas. Cada proposta indicará "
                    "de quais respostas da pesquisa ela surgiu, para que qualquer pessoa possa acompanhar o caminho "
                    "da preocupação de uma família até a mesa de negociação.",
                    vi="Nhóm thương lượng sẽ biến những câu trả lời này thành các đề xuất. Mỗi đề xuất sẽ ghi rõ "
                    "xuất phát từ những câu trả lời nào trong khảo sát, để ai cũng có thể theo dõi từ mối quan tâm "
                    "của một gia đình đến bàn thương lượng.",
                    zh="谈判小组将把这些回答转化为提案。每项提案都会注明来自哪些问卷回答，让任何人都能看清一个家庭"
                    "的关切是如何被带到谈判桌上的。",
                    ar="سيحوّل فريق التفاوض هذه الإجابات إلى مقترحات. وسيذكر كل مقترح إجابات الاستبيان التي انبثق "
                    "منها، حتى يتمكن أي شخص من تتبّع المسار من همّ أسرة واحدة إلى طاولة المفاوضات.",
                ),
            ),
            quote(
                Text(
                    en="My son has thirty-four classmates. His teacher is wonderful, but she cannot be everywhere "
                    "at once.",
                    es="Mi hijo tiene treinta y cuatro compañeros de clase. Su maestra es maravillosa, pero no puede "
                    "estar en todas partes a la vez.",
                    ht="Pitit gason m nan gen trannkat kamarad nan klas li. Pwofesè l la se yon bon moun, men li pa "
                    "ka toupatou an menm tan.",
                    pt="Meu filho tem trinta e quatro colegas de turma. A professora dele é maravilhosa, mas não "
                    "consegue estar em todo lugar ao mesmo tempo.",
                    vi="Con trai tôi có ba mươi bốn bạn cùng lớp. Cô giáo của cháu rất tuyệt vời, nhưng cô không "
                    "thể cùng lúc có mặt ở khắp nơi.",
                    zh="我儿子班上有三十四个同学。他的老师非常好，但她不可能同时照顾到每一个人。",
                    ar="لدى ابني أربعة وثلاثون زميلًا في الفصل. معلمته رائعة، لكنها لا تستطيع أن تكون في كل مكان "
                    "في الوقت نفسه.",
                ),
                Text(
                    en="A father who answered the survey in Vietnamese",
                    es="Un padre que respondió la encuesta en vietnamita",
                    ht="Yon papa ki te reponn sondaj la an vyetnamyen",
                    pt="Um pai que respondeu à pesquisa em vietnamita",
                    vi="Một người cha đã trả lời khảo sát bằng tiếng Việt",
                    zh="一位用越南语填写问卷的父亲",
                    ar="أب أجاب عن الاستبيان باللغة الفيتنامية",
                ),
            ),
        ],
    ),
    PageSpec(
        model="NewsPage",
        slug="retiree-mentors",
        title=Text(
            en="Retired educators sign up to mentor new teachers",
            es="Docentes jubilados se inscriben para acompañar a maestros nuevos",
            ht="Edikatè retrete yo enskri pou gide nouvo pwofesè yo",
            pt="Educadores aposentados se inscrevem para orientar professores iniciantes",
            vi="Các nhà giáo đã nghỉ hưu đăng ký cố vấn cho giáo viên mới",
            zh="退休教育工作者报名指导新教师",
            ar="معلمون متقاعدون يسجّلون لإرشاد المعلمين الجدد",
        ),
        fields={
            "date": datetime.date(2026, 3, 31),
            "author": COMMUNICATIONS_TEAM,
            "summary": Text(
                en="Sixty retired members have offered to mentor teachers in their first three years, matched by "
                "subject and grade level.",
                es="Sesenta miembros jubilados se ofrecieron para acompañar a docentes en sus tres primeros años, "
                "en parejas formadas según la materia y el grado.",
                ht="Swasant manm retrete ofri pou yo gide pwofesè ki nan twa premye ane yo, dapre matyè ak nivo "
                "klas yo.",
                pt="Sessenta associados aposentados se ofereceram para orientar professores nos seus três primeiros "
                "anos, em duplas formadas por disciplina e série.",
                vi="Sáu mươi thành viên đã nghỉ hưu nhận lời cố vấn cho giáo viên trong ba năm đầu đi dạy, được "
                "ghép cặp theo môn học và khối lớp.",
                zh="六十位退休会员自愿指导入职头三年的教师，并按学科和年级进行配对。",
                ar="تطوّع ستون عضوًا متقاعدًا لإرشاد المعلمين في سنواتهم الثلاث الأولى، مع مراعاة المادة والمرحلة "
                "الدراسية عند المطابقة.",
            ),
        },
        topics=("professional-learning", "community"),
        body=[
            paragraph(
                Text(
                    en="Nearly one in five new teachers in our district leaves within three years. Our retired "
                    "members decided to do something about it: they now meet early-career colleagues once or twice "
                    "a month to plan lessons, talk through a hard week or simply listen.",
                    es="Casi uno de cada cinco docentes nuevos de nuestro distrito se va antes de cumplir tres años. "
                    "Nuestros miembros jubilados decidieron hacer algo al respecto: ahora se reúnen una o dos veces "
                    "al mes con colegas que empiezan su carrera para planificar clases, hablar de una semana "
                    "difícil o simplemente escuchar.",
                    ht="Prèske youn sou senk nouvo pwofesè nan distri nou an kite travay la anvan twazan. Manm "
                    "retrete nou yo deside fè yon bagay pou sa: kounye a yo rankontre kòlèg k ap kòmanse karyè yo "
                    "youn oubyen de fwa pa mwa pou planifye leson, pale sou yon semèn ki te difisil oswa senpleman "
                    "koute.",
                    pt="Quase um em cada cinco professores novos do nosso distrito deixa a profissão em até três "
                    "anos. Nossos associados aposentados decidiram agir: agora eles se encontram uma ou duas vezes "
                    "por mês com colegas em início de carreira para planejar aulas, conversar sobre uma semana "
                    "difícil ou simplesmente ouvir.",
                    vi="Gần một phần năm giáo viên mới trong học khu của chúng ta nghỉ việc trong vòng ba năm. Các "
                    "thành viên đã nghỉ hưu quyết định hành động: giờ đây họ gặp các đồng nghiệp mới vào nghề một "
                    "hoặc hai lần mỗi tháng để cùng soạn bài, chia sẻ về một tuần khó khăn hay đơn giản là lắng "
                    "nghe.",
                    zh="在我们学区，近五分之一的新教师会在三年内离职。退休会员们决定为此做点什么：如今，他们每月与"
                    "刚入职的同事见面一两次，一起备课、聊聊艰难的一周，或者只是静静倾听。",
                    ar="يغادر ما يقرب من معلم واحد من كل خمسة معلمين جدد في منطقتنا التعليمية خلال ثلاث سنوات. "
                    "فقرر أعضاؤنا المتقاعدون أن يفعلوا شيئًا حيال ذلك: فهم يلتقون الآن بزملائهم في بداية مسيرتهم "
                    "المهنية مرة أو مرتين في الشهر لتخطيط الدروس، أو للحديث عن أسبوع صعب، أو لمجرد الاستماع.",
                ),
            ),
            heading(
                Text(
                    en="Learning goes both ways",
                    es="Se aprende en ambas direcciones",
                    ht="Aprantisaj la fèt nan de sans",
                    pt="Uma via de mão dupla",
                    vi="Học hỏi từ cả hai phía",
                    zh="双向的学习",
                    ar="تعلّم متبادل",
                )
            ),
            paragraph(
                Text(
                    en="Mentors say they learn as much as they teach. New teachers bring fresh ideas about "
                    "technology and about reaching students who are learning English, and the conversations often "
                    "continue long after the school year ends.",
                    es="Los mentores dicen que aprenden tanto como enseñan. Los docentes nuevos aportan ideas "
                    "frescas sobre la tecnología y sobre cómo llegar a los estudiantes que están aprendiendo "
                    "inglés, y las conversaciones suelen continuar mucho después de que termina el año escolar.",
                    ht="Mantò yo di yo aprann otan yo anseye. Nouvo pwofesè yo pote lide nèf sou teknoloji ak sou "
                    "fason pou rive jwenn elèv k ap aprann angle, e souvan konvèsasyon yo kontinye lontan apre ane "
                    "lekòl la fini.",
                    pt="Os mentores dizem que aprendem tanto quanto ensinam. Os professores novos trazem ideias "
                    "novas sobre tecnologia e sobre como alcançar os estudantes que estão aprendendo inglês, e as "
                    "conversas muitas vezes continuam muito depois do fim do ano letivo.",
                    vi="Những người cố vấn cho biết họ học được nhiều không kém những gì họ truyền đạt. Giáo viên "
                    "mới mang đến những ý tưởng mới về công nghệ và về cách tiếp cận học sinh đang học tiếng Anh, "
                    "và các cuộc trò chuyện thường tiếp diễn rất lâu sau khi năm học kết thúc.",
                    zh="导师们说，他们在教的同时也学到了同样多的东西。新教师带来了关于技术应用、以及如何帮助正在学习"
                    "英语的学生的新想法，而他们之间的交流往往在学年结束后还会持续很久。",
                    ar="يقول المرشدون إنهم يتعلمون بقدر ما يعلّمون. فالمعلمون الجدد يأتون بأفكار جديدة حول "
                    "التكنولوجيا وحول كيفية الوصول إلى الطلاب الذين يتعلمون اللغة الإنجليزية، وكثيرًا ما تستمر "
                    "الأحاديث بينهم طويلًا بعد انتهاء العام الدراسي.",
                ),
            ),
            quote(
                Text(
                    en="After thirty-one years in the classroom, I still have a lot to give, and now I have the "
                    "time to give it.",
                    es="Después de treinta y un años en el aula, todavía tengo mucho que dar, y ahora tengo tiempo "
                    "para darlo.",
                    ht="Apre tranteyen lane nan salklas, mwen toujou gen anpil bagay pou m bay, e kounye a mwen "
                    "gen tan pou m bay yo.",
                    pt="Depois de trinta e um anos em sala de aula, ainda tenho muito a oferecer, e agora tenho "
                    "tempo para isso.",
                    vi="Sau ba mươi mốt năm đứng lớp, tôi vẫn còn nhiều điều để cống hiến, và giờ tôi có thời gian "
                    "để làm điều đó.",
                    zh="在讲台上站了三十一年，我仍有很多可以付出的东西，而现在我终于有时间了。",
                    ar="بعد واحد وثلاثين عامًا في الفصل، ما زال لديّ الكثير لأقدّمه، والآن لديّ الوقت لذلك.",
                ),
                Text(
                    en="Gloria Pierre, retired middle school teacher",
                    es="Gloria Pierre, maestra jubilada de escuela intermedia",
                    ht="Gloria Pierre, pwofesè lekòl mwayen ki pran retrèt",
                    pt="Gloria Pierre, professora aposentada dos anos finais do ensino fundamental",
                    vi="Gloria Pierre, giáo viên trung học cơ sở đã nghỉ hưu",
                    zh="Gloria Pierre，退休初中教师",
                    ar="Gloria Pierre، معلمة متقاعدة في المرحلة الإعدادية",
                ),
            ),
        ],
    ),
    PageSpec(
        model="NewsPage",
        slug="open-bargaining-session",
        title=Text(
            en="More than 300 people watch our first open bargaining session",
            es="Más de 300 personas presencian nuestra primera sesión de negociación abierta",
            ht="Plis pase 300 moun vin gade premye sesyon negosyasyon ouvè nou an",
            pt="Mais de 300 pessoas acompanham nossa primeira sessão de negociação aberta",
            vi="Hơn 300 người theo dõi phiên thương lượng công khai đầu tiên của chúng tôi",
            zh="三百多人旁听我们首次公开谈判",
            ar="أكثر من 300 شخص يتابعون أول جلسة تفاوض علنية لنا",
        ),
        fields={
            "date": datetime.date(2026, 5, 12),
            "author": Text.same("Daniel Okafor"),
            "summary": Text(
                en="Members, parents and students filled the high school auditorium as our bargaining team "
                "presented its first proposals to the district.",
                es="Miembros, padres y estudiantes llenaron el auditorio de la escuela secundaria mientras nuestro "
                "equipo de negociación presentaba sus primeras propuestas al distrito.",
                ht="Manm, paran ak elèv te plen oditoryòm lekòl segondè a pandan ekip negosyasyon nou an t ap "
                "prezante premye pwopozisyon l yo bay distri a.",
                pt="Associados, pais e estudantes lotaram o auditório da escola de ensino médio enquanto nossa "
                "equipe de negociação apresentava suas primeiras propostas ao distrito.",
                vi="Thành viên, phụ huynh và học sinh đã lấp kín hội trường trường trung học khi nhóm thương lượng "
                "của chúng tôi trình bày những đề xuất đầu tiên với học khu.",
                zh="会员、家长和学生坐满了高中礼堂，我们的谈判小组向学区提交了首批提案。",
                ar="امتلأت قاعة المدرسة الثانوية بالأعضاء وأولياء الأمور والطلاب بينما قدّم فريق التفاوض مقترحاته "
                "الأولى إلى المنطقة التعليمية.",
            ),
        },
        topics=("bargaining",),
        body=[
            paragraph(
                Text(
                    en="For the first time, bargaining with the district took place in public. The session opened "
                    "with three students reading from the survey answers, and our team then presented proposals "
                    "on class size, staffing and planning time.",
                    es="Por primera vez, la negociación con el distrito se llevó a cabo en público. La sesión "
                    "comenzó con tres estudiantes que leyeron respuestas de la encuesta, y luego nuestro equipo "
                    "presentó propuestas sobre el tamaño de los grupos, el personal y el tiempo de planificación.",
                    ht="Pou premye fwa, negosyasyon ak distri a te fèt devan piblik la. Sesyon an te louvri ak twa "
                    "elèv ki te li kèk repons sondaj la, epi apre sa ekip nou an te prezante pwopozisyon sou "
                    "kantite elèv nan klas, pèsonèl ak tan pou planifye.",
                    pt="Pela primeira vez, a negociação com o distrito aconteceu em público. A sessão começou com "
                    "três estudantes lendo respostas da pesquisa, e em seguida nossa equipe apresentou propostas "
                    "sobre o tamanho das turmas, o quadro de pessoal e o tempo de planejamento.",
                    vi="Lần đầu tiên, cuộc thương lượng với học khu diễn ra công khai. Phiên họp mở đầu bằng việc "
                    "ba học sinh đọc các câu trả lời trong khảo sát, sau đó nhóm của chúng tôi trình bày các đề "
                    "xuất về sĩ số lớp, nhân sự và thời gian soạn bài.",
                    zh="与学区的谈判首次公开进行。会议开场时，三名学生朗读了问卷中的回答，随后我们的团队就班级规模、"
                    "人员配置和备课时间提出了提案。",
                    ar="للمرة الأولى، جرت المفاوضات مع المنطقة التعليمية أمام الجمهور. افتُتحت الجلسة بثلاثة طلاب "
                    "قرأوا من إجابات الاستبيان، ثم عرض فريقنا مقترحات بشأن حجم الفصول وأعداد العاملين ووقت "
                    "التخطيط.",
                ),
            ),
            heading(
                Text(
                    en="Read the proposals",
                    es="Lee las propuestas",
                    ht="Li pwopozisyon yo",
                    pt="Leia as propostas",
                    vi="Đọc các đề xuất",
                    zh="阅读提案",
                    ar="اقرأ المقترحات",
                )
            ),
            paragraph(
                Text(
                    en="All of our proposals, and the district's answers, are posted on this site in seven "
                    "languages. The next open session is planned for early June.",
                    es="Todas nuestras propuestas, y las respuestas del distrito, están publicadas en este sitio en "
                    "siete idiomas. La próxima sesión abierta está prevista para principios de junio.",
                    ht="Tout pwopozisyon nou yo, ansanm ak repons distri a, afiche sou sit sa a nan sèt lang. "
                    "Pwochen sesyon ouvè a prevwa pou kòmansman mwa jen.",
                    pt="Todas as nossas propostas, e as respostas do distrito, estão publicadas neste site em sete "
                    "idiomas. A próxima sessão aberta está prevista para o início de junho.",
                    vi="Toàn bộ đề xuất của chúng tôi cùng phản hồi của học khu đều được đăng trên trang web này "
                    "bằng bảy ngôn ngữ. Phiên công khai tiếp theo dự kiến diễn ra vào đầu tháng Sáu.",
                    zh="我们的全部提案以及学区的答复都已用七种语言发布在本网站上。下一次公开谈判定于六月初举行。",
                    ar="جميع مقترحاتنا، وردود المنطقة التعليمية عليها، منشورة على هذا الموقع بسبع لغات. ومن "
                    "المقرر عقد الجلسة العلنية التالية في أوائل يونيو.",
                ),
            ),
            quote(
                Text(
                    en="I have taught here for twenty years and never knew what happened in that room. Now my "
                    "students do.",
                    es="Llevo veinte años enseñando aquí y nunca supe qué pasaba en esa sala. Ahora mis estudiantes "
                    "lo saben.",
                    ht="Sa fè ven lane m ap anseye isit la, e m pa t janm konnen sa k te konn pase nan sal sa a. "
                    "Kounye a, elèv mwen yo konnen.",
                    pt="Leciono aqui há vinte anos e nunca soube o que acontecia naquela sala. Agora meus alunos "
                    "sabem.",
                    vi="Tôi đã dạy ở đây hai mươi năm mà chưa bao giờ biết chuyện gì diễn ra trong căn phòng đó. "
                    "Giờ thì học sinh của tôi đều biết.",
                    zh="我在这里教了二十年书，从不知道那个房间里发生了什么。现在，连我的学生都知道了。",
                    ar="أدرّس هنا منذ عشرين عامًا ولم أعرف قط ما كان يجري في تلك القاعة. أما الآن فطلابي يعرفون.",
                ),
                Text(
                    en="A middle school social studies teacher",
                    es="Un profesor de estudios sociales de escuela intermedia",
                    ht="Yon pwofesè syans sosyal nan lekòl mwayen",
                    pt="Um professor de estudos sociais dos anos finais do ensino fundamental",
                    vi="Một giáo viên môn xã hội bậc trung học cơ sở",
                    zh="一位初中社会学科教师",
                    ar="معلم دراسات اجتماعية في المرحلة الإعدادية",
                ),
            ),
        ],
    ),
    PageSpec(
        model="NewsPage",
        slug="state-budget-2026",
        title=Text(
            en="What the new state budget means for our schools",
            es="Qué significa el nuevo presupuesto estatal para nuestras escuelas",
            ht="Sa nouvo bidjè eta a vle di pou lekòl nou yo",
            pt="O que o novo orçamento estadual significa para as nossas escolas",
            vi="Ngân sách mới của tiểu bang có ý nghĩa gì với trường học của chúng ta",
            zh="新的州预算对我们的学校意味着什么",
            ar="ماذا تعني ميزانية الولاية الجديدة لمدارسنا",
        ),
        fields={
            "date": datetime.date(2026, 6, 23),
            "author": Text.same("Linh Tran"),
            "summary": Text(
                en="The budget raises school aid by four percent, but the schools with the greatest needs still "
                "receive less than the state's own formula promises.",
                es="El presupuesto aumenta la ayuda a las escuelas en un cuatro por ciento, pero las escuelas con "
                "mayores necesidades siguen recibiendo menos de lo que promete la propia fórmula del estado.",
                ht="Bidjè a ogmante èd pou lekòl yo kat pousan, men lekòl ki gen plis bezwen yo toujou resevwa "
                "mwens pase sa fòmil eta a menm pwomèt.",
                pt="O orçamento aumenta em quatro por cento o repasse às escolas, mas as escolas com mais "
                "necessidades ainda recebem menos do que a própria fórmula do estado promete.",
                vi="Ngân sách tăng bốn phần trăm khoản hỗ trợ cho trường học, nhưng những trường có nhu cầu lớn "
                "nhất vẫn nhận ít hơn mức mà chính công thức của tiểu bang đã hứa.",
                zh="预算将学校拨款提高了百分之四，但需求最大的学校获得的经费仍低于州政府自己的公式所承诺的水平。",
                ar="ترفع الميزانية المساعدات المخصصة للمدارس بنسبة أربعة في المئة، لكن المدارس الأشد حاجة ما زالت "
                "تتلقى أقل مما تعد به صيغة التمويل التي وضعتها الولاية نفسها.",
            ),
        },
        topics=("school-funding",),
        body=[
            paragraph(
                Text(
                    en="The increase is real, and it is the result of two years of calls, letters and visits to "
                    "the state capitol by members, parents and students. It will pay for cost-of-living raises and "
                    "some new positions.",
                    es="El aumento es real, y es el resultado de dos años de llamadas, cartas y visitas al capitolio "
                    "estatal de miembros, padres y estudiantes. Servirá para pagar ajustes salariales por costo de "
                    "vida y algunos puestos nuevos.",
                    ht="Ogmantasyon an se yon reyalite, e li se rezilta dezan apèl, lèt ak vizit manm, paran ak "
                    "elèv te fè nan kapitòl eta a. L ap peye ajisteman salè pou kou lavi a ak kèk nouvo pòs.",
                    pt="O aumento é real e resulta de dois anos de telefonemas, cartas e visitas ao capitólio "
                    "estadual feitas por associados, pais e estudantes. Ele vai pagar reajustes pelo custo de vida "
                    "e alguns cargos novos.",
                    vi="Khoản tăng này là có thật, và là kết quả của hai năm thành viên, phụ huynh và học sinh gọi "
                    "điện, viết thư và đến trụ sở quốc hội tiểu bang. Khoản này sẽ chi trả cho việc tăng lương "
                    "theo chi phí sinh hoạt và một số vị trí mới.",
                    zh="这笔增长是实实在在的，是会员、家长和学生两年来不断打电话、写信和走访州议会大厦的成果。"
                    "这笔钱将用于按生活费用调薪和一些新增职位。",
                    ar="الزيادة حقيقية، وهي ثمرة عامين من الاتصالات والرسائل والزيارات إلى مبنى برلمان الولاية قام "
                    "بها الأعضاء وأولياء الأمور والطلاب. وستغطي زيادات غلاء المعيشة وبعض الوظائف الجديدة.",
                ),
            ),
            heading(
                Text(
                    en="The gap that remains",
                    es="La brecha que persiste",
                    ht="Mank lajan ki rete a",
                    pt="A lacuna que permanece",
                    vi="Khoảng thiếu hụt vẫn còn đó",
                    zh="仍然存在的缺口",
                    ar="الفجوة المتبقية",
                )
            ),
            paragraph(
                Text(
                    en="Under the state formula, our district should receive about eleven million dollars more "
                    "each year than it does. Most of that shortfall falls on schools where many students live in "
                    "poverty or are learning English.",
                    es="Según la fórmula estatal, nuestro distrito debería recibir unos once millones de dólares "
                    "más al año de lo que recibe. La mayor parte de ese déficit recae en escuelas donde muchos "
                    "estudiantes viven en la pobreza o están aprendiendo inglés.",
                    ht="Dapre fòmil eta a, distri nou an ta dwe resevwa anviwon onz milyon dola anplis chak ane. "
                    "Pi fò nan mank sa a tonbe sou lekòl kote anpil elèv ap viv nan povrete oswa ap aprann angle.",
                    pt="Pela fórmula estadual, nosso distrito deveria receber cerca de onze milhões de dólares a "
                    "mais por ano do que recebe. A maior parte desse déficit recai sobre escolas onde muitos "
                    "estudantes vivem na pobreza ou estão aprendendo inglês.",
                    vi="Theo công thức của tiểu bang, mỗi năm học khu của chúng ta lẽ ra phải nhận thêm khoảng "
                    "mười một triệu đô la so với hiện nay. Phần lớn khoản thiếu hụt đó rơi vào những trường có "
                    "nhiều học sinh sống trong cảnh nghèo hoặc đang học tiếng Anh.",
                    zh="按照州政府的公式，我们学区每年应比实际多获得约一千一百万美元。这一缺口大部分落在许多学生"
                    "生活贫困或正在学习英语的学校身上。",
                    ar="وفقًا لصيغة الولاية، ينبغي أن تتلقى منطقتنا التعليمية نحو أحد عشر مليون دولار إضافية كل "
                    "عام. ويقع معظم هذا العجز على المدارس التي يعيش كثير من طلابها في فقر أو يتعلمون اللغة "
                    "الإنجليزية.",
                ),
            ),
            quote(
                Text(
                    en="Equitable funding is not a favor to some schools. It is what the law already says every "
                    "student is owed.",
                    es="El financiamiento equitativo no es un favor para algunas escuelas. Es lo que la ley ya dice "
                    "que se le debe a cada estudiante.",
                    ht="Yon finansman ekitab se pa yon favè pou kèk lekòl. Se sa lalwa deja di chak elèv gen dwa "
                    "resevwa.",
                    pt="Financiamento equitativo não é um favor a algumas escolas. É o que a lei já diz que é "
                    "devido a cada estudante.",
                    vi="Ngân sách công bằng không phải là ân huệ dành cho một vài trường. Đó là điều luật pháp đã "
                    "quy định mỗi học sinh đều được hưởng.",
                    zh="公平的经费不是对某些学校的恩惠，而是法律早已规定每个学生应得的。",
                    ar="التمويل المنصف ليس منّةً على بعض المدارس، بل هو ما ينص عليه القانون أصلًا حقًّا لكل طالب.",
                ),
                Text(
                    en="Linh Tran, chair of our school funding committee",
                    es="Linh Tran, presidenta de nuestro comité de financiamiento escolar",
                    ht="Linh Tran, prezidan komite finansman lekòl nou an",
                    pt="Linh Tran, coordenadora do nosso comitê de financiamento escolar",
                    vi="Linh Tran, trưởng ban ngân sách trường học của công đoàn",
                    zh="Linh Tran，我们的学校经费委员会主席",
                    ar="Linh Tran، رئيسة لجنة تمويل المدارس في نقابتنا",
                ),
            ),
        ],
    ),
    PageSpec(
        model="NewsPage",
        slug="professional-learning-year",
        title=Text(
            en="A new year of professional learning, led by educators",
            es="Un nuevo año de desarrollo profesional, dirigido por docentes",
            ht="Yon nouvo ane fòmasyon pwofesyonèl, se edikatè yo menm ki dirije l",
            pt="Um novo ano de formação profissional, conduzido por educadores",
            vi="Một năm bồi dưỡng chuyên môn mới do chính các nhà giáo dẫn dắt",
            zh="由教育工作者主导的新一年专业学习",
            ar="عام جديد من التعلّم المهني يقوده المعلمون",
        ),
        fields={
            "date": datetime.date(2026, 9, 15),
            "author": COMMUNICATIONS_TEAM,
            "summary": Text(
                en="This fall's catalog offers forty courses designed and taught by our own members, from "
                "co-teaching to restorative practices.",
                es="El catálogo de este otoño ofrece cuarenta cursos diseñados e impartidos por nuestros propios "
                "miembros, desde la coenseñanza hasta las prácticas restaurativas.",
                ht="Katalòg otòn sa a ofri karant kou manm nou yo menm fè epi anseye, depi ansèyman an ekip rive "
                "nan pratik reparatif.",
                pt="O catálogo deste outono oferece quarenta cursos criados e ministrados pelos nossos próprios "
                "associados, da codocência às práticas restaurativas.",
                vi="Danh mục khóa học mùa thu này có bốn mươi khóa do chính các thành viên của chúng tôi thiết kế "
                "và giảng dạy, từ đồng giảng dạy đến thực hành phục hồi.",
                zh="今年秋季的课程目录包含四十门由我们自己的会员设计和讲授的课程，内容从协同教学到修复式实践。",
                ar="يضم دليل دورات هذا الخريف أربعين دورة صمّمها ويقدّمها أعضاؤنا أنفسهم، من التدريس المشترك إلى "
                "الممارسات التصالحية.",
            ),
        },
        topics=("professional-learning",),
        body=[
            paragraph(
                Text(
                    en="The best professional learning starts with the questions teachers are already asking in "
                    "their own classrooms. That is why every course this year is taught by a working educator, "
                    "meets close to where people work, and counts toward license renewal.",
                    es="El mejor desarrollo profesional parte de las preguntas que los docentes ya se hacen en sus "
                    "propias aulas. Por eso, este año cada curso lo imparte un docente en ejercicio, se da cerca "
                    "del lugar de trabajo y cuenta para la renovación de la licencia.",
                    ht="Pi bon fòmasyon pwofesyonèl la kòmanse ak kesyon pwofesè yo deja ap poze nan pwòp salklas "
                    "yo. Se poutèt sa, ane sa a, chak kou se yon edikatè k ap travay ki anseye l, li fèt toupre "
                    "kote moun yo travay, e li konte pou renouvèlman lisans yo.",
                    pt="A melhor formação profissional parte das perguntas que os professores já fazem nas suas "
                    "próprias salas de aula. Por isso, neste ano, cada curso é ministrado por um educador em "
                    "atividade, acontece perto do local de trabalho e conta para a renovação da licença.",
                    vi="Hoạt động bồi dưỡng chuyên môn tốt nhất bắt đầu từ chính những câu hỏi mà giáo viên đang "
                    "đặt ra trong lớp học của mình. Vì vậy, năm nay mọi khóa học đều do nhà giáo đang đứng lớp "
                    "giảng dạy, được tổ chức gần nơi làm việc và được tính vào việc gia hạn chứng chỉ hành nghề.",
                    zh="最好的专业学习，始于教师在自己课堂上已经在思考的问题。因此，今年每门课程都由在职教育工作者"
                    "讲授，在离工作地点不远的地方开课，并可计入执照续期学分。",
                    ar="يبدأ أفضل تعلّم مهني من الأسئلة التي يطرحها المعلمون أصلًا في فصولهم. لذلك يقدّم كل دورة "
                    "هذا العام معلمٌ ممارس، وتُعقد الدورات قرب أماكن العمل، وتُحتسب لتجديد الرخصة المهنية.",
                ),
            ),
            heading(
                Text(
                    en="Keeping a record of what you learn",
                    es="Un registro de lo que aprendes",
                    ht="Kenbe yon dosye sou sa w aprann",
                    pt="Um registro do que você aprende",
                    vi="Lưu lại những gì bạn học được",
                    zh="记录你的学习成果",
                    ar="توثيق ما تتعلمه",
                )
            ),
            paragraph(
                Text(
                    en="Participants keep a short portfolio of reflections, lesson plans and photos of student "
                    "work. At the end of the year, they can share it with colleagues or use it to document their "
                    "credit hours.",
                    es="Los participantes llevan un breve portafolio con reflexiones, planes de clase y fotos de "
                    "trabajos de los estudiantes. Al final del año pueden compartirlo con sus colegas o usarlo para "
                    "acreditar sus horas de formación.",
                    ht="Patisipan yo kenbe yon ti pòtfolyo ak refleksyon, plan leson ak foto travay elèv yo. Nan "
                    "fen ane a, yo ka pataje l ak kòlèg yo oswa sèvi avè l pou montre konbyen èdtan fòmasyon yo "
                    "fè.",
                    pt="Os participantes mantêm um pequeno portfólio com reflexões, planos de aula e fotos de "
                    "trabalhos dos alunos. No fim do ano, podem compartilhá-lo com colegas ou usá-lo para comprovar "
                    "suas horas de formação.",
                    vi="Người tham gia lưu giữ một hồ sơ ngắn gồm các bài suy ngẫm, giáo án và ảnh chụp bài làm "
                    "của học sinh. Cuối năm, họ có thể chia sẻ hồ sơ này với đồng nghiệp hoặc dùng nó để chứng "
                    "minh số giờ bồi dưỡng.",
                    zh="学员会保存一份简短的学习档案，包括反思、教案和学生作品的照片。学年结束时，他们可以与同事分享，"
                    "也可以用来证明自己的学时。",
                    ar="يحتفظ المشاركون بملف إنجاز قصير يضم تأملاتهم وخطط دروسهم وصورًا لأعمال طلابهم. وفي نهاية "
                    "العام، يمكنهم مشاركته مع زملائهم أو استخدامه لتوثيق ساعاتهم التدريبية.",
                ),
            ),
            quote(
                Text(
                    en="I finally took a course that answered a question I actually had on Monday morning.",
                    es="Por fin hice un curso que respondía a una pregunta que de verdad tenía el lunes por la mañana.",
                    ht="Finalman, mwen swiv yon kou ki reponn yon kesyon mwen te vrèman genyen lendi maten.",
                    pt="Finalmente fiz um curso que respondeu a uma pergunta que eu realmente tinha na "
                    "segunda-feira de manhã.",
                    vi="Cuối cùng tôi cũng học được một khóa trả lời đúng câu hỏi mà tôi thực sự gặp phải vào sáng "
                    "thứ Hai.",
                    zh="我终于上了一门能解答我星期一早上真正遇到的问题的课。",
                    ar="أخيرًا حضرت دورة أجابت عن سؤال كان يشغلني فعلًا صباح يوم الاثنين.",
                ),
                Text(
                    en="A kindergarten teacher in her second year",
                    es="Una maestra de kínder en su segundo año",
                    ht="Yon pwofesè jadendanfan ki nan dezyèm ane li",
                    pt="Uma professora de educação infantil no segundo ano de carreira",
                    vi="Một cô giáo mẫu giáo năm thứ hai đi dạy",
                    zh="一位入职第二年的幼儿园教师",
                    ar="معلمة رياض أطفال في عامها الثاني من التدريس",
                ),
            ),
        ],
    ),
]


# The pages

NEWS_INDEX = PageSpec(
    model="NewsIndexPage",
    slug="news",
    title=Text(en="News", es="Noticias", ht="Nouvèl", pt="Notícias", vi="Tin tức", zh="新闻", ar="الأخبار"),
    fields={
        "intro": Text(
            en="Updates from the bargaining table, our schools and our community.",
            es="Novedades de la mesa de negociación, de nuestras escuelas y de nuestra comunidad.",
            ht="Dènye nouvèl sou tab negosyasyon an, lekòl nou yo ak kominote nou an.",
            pt="Novidades da mesa de negociação, das nossas escolas e da nossa comunidade.",
            vi="Cập nhật từ bàn thương lượng, các trường học và cộng đồng của chúng ta.",
            zh="来自谈判桌、我们的学校和社区的最新消息。",
            ar="آخر المستجدات من طاولة المفاوضات ومن مدارسنا ومجتمعنا.",
        ),
    },
    children=NEWS_ITEMS,
)

ABOUT = PageSpec(
    model="StandardPage",
    slug="about",
    title=Text(
        en="About us",
        es="Quiénes somos",
        ht="Kiyès nou ye",
        pt="Quem somos",
        vi="Về chúng tôi",
        zh="关于我们",
        ar="من نحن",
    ),
    fields={
        "intro": Text(
            en="We are educators and school staff who believe strong public schools are built by everyone who "
            "depends on them.",
            es="Somos docentes y personal escolar convencidos de que las escuelas públicas fuertes se construyen "
            "entre todas las personas que dependen de ellas.",
            ht="Nou se edikatè ak anplwaye lekòl ki kwè se tout moun ki depann de lekòl piblik yo ki bati yo pou "
            "yo vin solid.",
            pt="Somos educadores e funcionários de escola que acreditam que escolas públicas fortes são construídas "
            "por todos que dependem delas.",
            vi="Chúng tôi là những nhà giáo và nhân viên nhà trường tin rằng trường công vững mạnh được xây dựng "
            "bởi tất cả những ai gắn bó với nó.",
            zh="我们是教育工作者和学校职员，我们相信，强大的公立学校要靠所有依赖它的人共同建设。",
            ar="نحن معلمون وعاملون في المدارس نؤمن بأن المدارس العامة القوية يبنيها كل من يعتمد عليها.",
        ),
    },
    body=[
        heading(
            Text(
                en="Our members",
                es="Nuestros miembros",
                ht="Manm nou yo",
                pt="Nossos associados",
                vi="Các thành viên của chúng tôi",
                zh="我们的会员",
                ar="أعضاؤنا",
            )
        ),
        paragraph(
            Text(
                en="Our members teach from pre-kindergarten to adult education, and work as counselors, "
                "librarians, paraprofessionals, bus drivers and office staff. Many retired members stay active "
                "long after their last school year.",
                es="Nuestros miembros enseñan desde prekínder hasta educación para adultos, y trabajan como "
                "consejeros, bibliotecarios, paraprofesionales, conductores de autobús y personal de oficina. "
                "Muchos miembros jubilados siguen activos mucho después de su último año escolar.",
                ht="Manm nou yo anseye depi nan preskolè rive nan edikasyon pou granmoun, e yo travay kòm "
                "konseye, bibliyotekè, asistan pedagojik, chofè bis ak anplwaye biwo. Anpil manm ki pran retrèt "
                "rete aktif lontan apre dènye ane lekòl yo.",
                pt="Nossos associados lecionam da pré-escola à educação de adultos e trabalham como orientadores, "
                "bibliotecários, paraprofissionais, motoristas de ônibus escolar e funcionários administrativos. "
                "Muitos associados aposentados continuam ativos muito depois do último ano letivo.",
                vi="Các thành viên của chúng tôi giảng dạy từ mầm non đến giáo dục người lớn, và làm chuyên viên tư "
                "vấn, thủ thư, trợ giảng, tài xế xe buýt và nhân viên văn phòng. Nhiều thành viên đã nghỉ hưu vẫn "
                "tiếp tục hoạt động rất lâu sau năm học cuối cùng của mình.",
                zh="我们的会员从学前班一直教到成人教育，也有辅导员、图书管理员、助教、校车司机和办公室职员。"
                "许多退休会员在离开学校多年后依然积极参与。",
                ar="يدرّس أعضاؤنا من مرحلة ما قبل الروضة حتى تعليم الكبار، ويعملون مرشدين وأمناء مكتبات ومساعدين "
                "تربويين وسائقي حافلات وموظفين إداريين. ويبقى كثير من أعضائنا المتقاعدين ناشطين بعد سنوات طويلة "
                "من آخر عام دراسي لهم.",
            ),
            Text(
                en="We are led by our members. Officers are elected, contract proposals are written with member "
                "input, and every member votes on the agreement.",
                es="Nuestros miembros nos dirigen. Los dirigentes son elegidos, las propuestas de contrato se "
                "redactan con los aportes de los miembros y todos los miembros votan el acuerdo.",
                ht="Se manm yo ki dirije nou. Dirijan yo eli, pwopozisyon kontra yo ekri ak sa manm yo di, epi "
                "chak manm vote sou akò a.",
                pt="Somos liderados pelos nossos associados. A diretoria é eleita, as propostas de contrato são "
                "escritas com a contribuição dos associados e todos votam o acordo.",
                vi="Công đoàn do chính các thành viên lãnh đạo. Ban chấp hành được bầu chọn, các đề xuất hợp đồng "
                "được soạn thảo dựa trên ý kiến của thành viên, và mọi thành viên đều bỏ phiếu về thỏa thuận.",
                zh="工会由会员领导。负责人由选举产生，合同提案根据会员意见起草，每位会员都对协议进行投票。",
                ar="يقود أعضاؤنا نقابتنا. يُنتخب المسؤولون، وتُكتب مقترحات العقد بمشاركة الأعضاء، ويصوّت كل عضو "
                "على الاتفاقية.",
            ),
        ),
        heading(
            Text(
                en="What we believe",
                es="En qué creemos",
                ht="Sa nou kwè",
                pt="Aquilo em que acreditamos",
                vi="Điều chúng tôi tin tưởng",
                zh="我们的信念",
                ar="ما نؤمن به",
            )
        ),
        paragraph(
            [
                Text(
                    en="Students are at the center of every decision we make.",
                    es="Los estudiantes están en el centro de cada decisión que tomamos.",
                    ht="Elèv yo nan mitan chak desizyon nou pran.",
                    pt="Os estudantes estão no centro de cada decisão que tomamos.",
                    vi="Học sinh là trung tâm của mọi quyết định chúng tôi đưa ra.",
                    zh="学生是我们每一个决定的核心。",
                    ar="الطلاب في صميم كل قرار نتخذه.",
                ),
                Text(
                    en="Every school deserves adequate and equitable funding.",
                    es="Toda escuela merece un financiamiento suficiente y equitativo.",
                    ht="Chak lekòl merite yon finansman ki ase e ki ekitab.",
                    pt="Toda escola merece financiamento adequado e equitativo.",
                    vi="Mọi trường học đều xứng đáng được cấp ngân sách đầy đủ và công bằng.",
                    zh="每所学校都应获得充足而公平的经费。",
                    ar="كل مدرسة تستحق تمويلًا كافيًا ومنصفًا.",
                ),
                Text(
                    en="Discipline should repair harm, not push students out of school.",
                    es="La disciplina debe reparar el daño, no expulsar a los estudiantes de la escuela.",
                    ht="Disiplin dwe repare tò ki fèt, li pa dwe pouse elèv yo soti lekòl.",
                    pt="A disciplina deve reparar o dano, não empurrar os estudantes para fora da escola.",
                    vi="Kỷ luật cần hàn gắn tổn thương, chứ không đẩy học sinh ra khỏi trường.",
                    zh="纪律应当修复伤害，而不是把学生推出校门。",
                    ar="ينبغي أن يُصلح الانضباط الضرر، لا أن يدفع الطلاب إلى خارج المدرسة.",
                ),
                Text(
                    en="Educators grow best when they learn from one another.",
                    es="Los docentes crecen más cuando aprenden unos de otros.",
                    ht="Edikatè yo grandi pi byen lè yo aprann youn nan men lòt.",
                    pt="Os educadores crescem mais quando aprendem uns com os outros.",
                    vi="Nhà giáo phát triển tốt nhất khi học hỏi lẫn nhau.",
                    zh="教育工作者在相互学习中成长得最好。",
                    ar="ينمو المعلمون على أفضل وجه حين يتعلم بعضهم من بعض.",
                ),
            ],
        ),
        quote(
            Text(
                en="A contract is a promise to our students as much as to ourselves.",
                es="Un contrato es una promesa a nuestros estudiantes tanto como a nosotros mismos.",
                ht="Yon kontra se yon pwomès nou fè elèv nou yo otan ke nou fè tèt nou.",
                pt="Um contrato é uma promessa aos nossos alunos tanto quanto a nós mesmos.",
                vi="Hợp đồng là lời hứa với học sinh của chúng ta, cũng như với chính chúng ta.",
                zh="合同既是对我们自己的承诺，也是对学生的承诺。",
                ar="العقد وعدٌ لطلابنا بقدر ما هو وعد لأنفسنا.",
            ),
            Text(
                en="A high school science teacher on the bargaining team",
                es="Una profesora de ciencias de secundaria del equipo de negociación",
                ht="Yon pwofesè syans lekòl segondè ki nan ekip negosyasyon an",
                pt="Uma professora de ciências do ensino médio da equipe de negociação",
                vi="Một giáo viên khoa học bậc trung học trong nhóm thương lượng",
                zh="谈判小组中的一位高中科学教师",
                ar="معلمة علوم في المرحلة الثانوية وعضو في فريق التفاوض",
            ),
        ),
        heading(
            Text(
                en="How we bargain",
                es="Cómo negociamos",
                ht="Kijan nou negosye",
                pt="Como negociamos",
                vi="Cách chúng tôi thương lượng",
                zh="我们如何谈判",
                ar="كيف نتفاوض",
            )
        ),
        paragraph(
            Text(
                en="We bargain in the open. Our proposals are published on this site in the languages of our "
                "community, members can observe bargaining sessions, and we report back after every one.",
                es="Negociamos a la vista de todos. Publicamos nuestras propuestas en este sitio en los idiomas de "
                "nuestra comunidad, los miembros pueden asistir como observadores a las sesiones de negociación y "
                "rendimos cuentas después de cada una.",
                ht="Nou negosye aklè devan tout moun. Nou pibliye pwopozisyon nou yo sou sit sa a nan lang "
                "kominote nou an, manm yo ka vin obsève sesyon negosyasyon yo, epi nou rann kont apre chak sesyon.",
                pt="Negociamos de forma aberta. Nossas propostas são publicadas neste site nos idiomas da nossa "
                "comunidade, os associados podem acompanhar as sessões de negociação e prestamos contas depois de "
                "cada uma.",
                vi="Chúng tôi thương lượng công khai. Các đề xuất của chúng tôi được đăng trên trang web này bằng "
                "các ngôn ngữ của cộng đồng, thành viên có thể đến dự khán các phiên thương lượng, và chúng tôi báo "
                "cáo lại sau mỗi phiên.",
                zh="我们公开谈判。我们的提案以社区使用的各种语言发布在本网站上，会员可以旁听谈判会议，每次会议后"
                "我们都会通报进展。",
                ar="نتفاوض بشكل علني. ننشر مقترحاتنا على هذا الموقع بلغات مجتمعنا، ويمكن للأعضاء حضور جلسات "
                "التفاوض بصفة مراقبين، ونقدّم تقريرًا بعد كل جلسة.",
            ),
        ),
        call_to_action(
            Text(
                en="Find your place in the union",
                es="Encuentra tu lugar en el sindicato",
                ht="Jwenn plas ou nan sendika a",
                pt="Encontre o seu lugar no sindicato",
                vi="Tìm chỗ đứng của bạn trong công đoàn",
                zh="在工会中找到你的位置",
                ar="اعثر على مكانك في النقابة",
            ),
            Text(
                en="Members, retirees, families and students all have a part to play.",
                es="Miembros, jubilados, familias y estudiantes: todos tienen un papel que desempeñar.",
                ht="Manm, retrete, fanmi ak elèv: chak moun gen yon wòl pou l jwe.",
                pt="Associados, aposentados, famílias e estudantes: todos têm um papel a desempenhar.",
                vi="Thành viên, người đã nghỉ hưu, phụ huynh và học sinh đều có vai trò của mình.",
                zh="会员、退休人员、家庭和学生，每个人都可以出一份力。",
                ar="للأعضاء والمتقاعدين والأسر والطلاب جميعًا دورٌ يؤدونه.",
            ),
            GET_INVOLVED,
            page="get-involved",
        ),
    ],
)

GET_INVOLVED_PAGE = PageSpec(
    model="StandardPage",
    slug="get-involved",
    title=GET_INVOLVED,
    fields={
        "intro": Text(
            en="There is a place for everyone: members, retirees, families, students and neighbors.",
            es="Hay un lugar para cada persona: miembros, jubilados, familias, estudiantes y vecinos.",
            ht="Gen plas pou tout moun: manm, retrete, fanmi, elèv ak vwazen.",
            pt="Há lugar para todos: associados, aposentados, famílias, estudantes e vizinhos.",
            vi="Ở đây có chỗ cho tất cả mọi người: thành viên, người đã nghỉ hưu, phụ huynh, học sinh và bà con "
            "hàng xóm.",
            zh="这里人人都有一席之地：会员、退休人员、家庭、学生和邻里。",
            ar="هناك مكان للجميع: الأعضاء والمتقاعدون والأسر والطلاب والجيران.",
        ),
    },
    body=[
        heading(
            Text(
                en="For members",
                es="Para los miembros",
                ht="Pou manm yo",
                pt="Para os associados",
                vi="Dành cho thành viên",
                zh="会员",
                ar="للأعضاء",
            )
        ),
        paragraph(
            Text(
                en="Join your school's Action Team. Each member of the team keeps in touch with about ten "
                "co-workers, passes on news quickly and brings their questions back to the union.",
                es="Únete al Equipo de Acción de tu escuela. Cada integrante del equipo se mantiene en contacto con "
                "unos diez compañeros, comparte las noticias rápidamente y lleva sus preguntas al sindicato.",
                ht="Antre nan Ekip Aksyon lekòl ou a. Chak manm ekip la rete an kontak ak anviwon dis kòlèg, li "
                "pataje nouvèl yo byen vit epi li pote kesyon yo bay sendika a.",
                pt="Participe da Equipe de Ação da sua escola. Cada integrante da equipe mantém contato com cerca "
                "de dez colegas, repassa as notícias rapidamente e leva as perguntas deles ao sindicato.",
                vi="Hãy tham gia Nhóm Hành động của trường bạn. Mỗi thành viên trong nhóm giữ liên lạc với khoảng "
                "mười đồng nghiệp, nhanh chóng chuyển tin tức và mang những câu hỏi của họ về cho công đoàn.",
                zh="加入你所在学校的行动小组。每位组员与大约十位同事保持联系，及时传递消息，并把大家的问题带回工会。",
                ar="انضم إلى فريق العمل النقابي في مدرستك. يبقى كل عضو في الفريق على تواصل مع نحو عشرة من "
                "زملائه، وينقل إليهم الأخبار بسرعة، ويحمل أسئلتهم إلى النقابة.",
            ),
        ),
        heading(
            Text(
                en="For retirees",
                es="Para los jubilados",
                ht="Pou retrete yo",
                pt="Para os aposentados",
                vi="Dành cho người đã nghỉ hưu",
                zh="退休人员",
                ar="للمتقاعدين",
            )
        ),
        paragraph(
            Text(
                en="Your experience is a gift to the teachers who are just starting out. Sign up to mentor an "
                "early-career educator for one school year, an hour or two a month.",
                es="Tu experiencia es un regalo para los docentes que recién comienzan. Inscríbete para acompañar "
                "como mentor o mentora a un docente principiante durante un año escolar, una o dos horas al mes.",
                ht="Eksperyans ou se yon kado pou pwofesè k ap kòmanse yo. Enskri pou w gide yon edikatè ki fèk "
                "kòmanse karyè l pandan yon ane lekòl, inèdtan oubyen dezèdtan pa mwa.",
                pt="A sua experiência é um presente para os professores que estão começando. Inscreva-se para ser "
                "mentor de um educador em início de carreira durante um ano letivo, uma ou duas horas por mês.",
                vi="Kinh nghiệm của bạn là món quà cho những giáo viên mới vào nghề. Hãy đăng ký làm người cố vấn "
                "cho một nhà giáo trẻ trong một năm học, mỗi tháng một hoặc hai giờ.",
                zh="您的经验是送给刚入行教师的一份礼物。报名在一个学年里指导一位新入职的教育工作者，每月只需一两个"
                "小时。",
                ar="خبرتك هدية للمعلمين في بداية مشوارهم. سجّل لتكون مرشدًا لمعلم في بداية مسيرته المهنية طوال "
                "عام دراسي، لساعة أو ساعتين في الشهر.",
            ),
        ),
        heading(
            Text(
                en="For families and students",
                es="Para las familias y los estudiantes",
                ht="Pou fanmi ak elèv yo",
                pt="Para as famílias e os estudantes",
                vi="Dành cho phụ huynh và học sinh",
                zh="家庭和学生",
                ar="للأسر والطلاب",
            )
        ),
        paragraph(
            Text(
                en="Come to a listening session at a school near you, or answer our short survey in your "
                "language. You do not need an account, and every session offers interpretation and childcare.",
                es="Ven a una sesión de escucha en una escuela cerca de ti o responde nuestra breve encuesta en tu "
                "idioma. No necesitas una cuenta, y en cada sesión hay interpretación y cuidado de niños.",
                ht="Vin nan yon sesyon koute nan yon lekòl ki pre w, oswa reponn ti sondaj nou an nan lang ou. Ou "
                "pa bezwen yon kont, e nan chak sesyon gen entèpretasyon ak gadri pou timoun yo.",
                pt="Venha a uma sessão de escuta em uma escola perto de você ou responda à nossa breve pesquisa no "
                "seu idioma. Você não precisa de uma conta, e todas as sessões oferecem interpretação e cuidado "
                "infantil.",
                vi="Hãy đến dự một buổi lắng nghe ý kiến tại trường gần bạn, hoặc trả lời bản khảo sát ngắn của "
                "chúng tôi bằng ngôn ngữ của bạn. Bạn không cần tài khoản, và buổi nào cũng có phiên dịch và trông "
                "trẻ.",
                zh="欢迎参加您附近学校的倾听会，或用您的语言填写我们的简短问卷。无需注册账户，每场活动都提供口译和"
                "托儿服务。",
                ar="تعالَ إلى جلسة استماع في مدرسة قريبة منك، أو أجب عن استبياننا القصير بلغتك. لا تحتاج إلى "
                "حساب، وتوفّر كل جلسة الترجمة الفورية ورعاية الأطفال.",
            ),
        ),
        quote(
            Text(
                en="I became a mentor because someone once did the same for me.",
                es="Me hice mentora porque alguien una vez hizo lo mismo por mí.",
                ht="Mwen vin mantò paske yon jou yon moun te fè menm bagay la pou mwen.",
                pt="Tornei-me mentora porque um dia alguém fez o mesmo por mim.",
                vi="Tôi trở thành người cố vấn vì đã từng có người làm điều đó cho tôi.",
                zh="我成为导师，是因为曾经也有人这样帮助过我。",
                ar="أصبحتُ مرشدة لأن أحدهم فعل الشيء نفسه من أجلي ذات يوم.",
            ),
            Text(
                en="A retired special education teacher",
                es="Una maestra jubilada de educación especial",
                ht="Yon pwofesè edikasyon espesyal ki pran retrèt",
                pt="Uma professora aposentada de educação especial",
                vi="Một cô giáo giáo dục đặc biệt đã nghỉ hưu",
                zh="一位退休的特殊教育教师",
                ar="معلمة متقاعدة في التربية الخاصة",
            ),
        ),
        call_to_action(
            Text(
                en="Stay informed",
                es="Mantente al día",
                ht="Rete enfòme",
                pt="Fique por dentro",
                vi="Luôn cập nhật thông tin",
                zh="随时了解最新动态",
                ar="ابقَ على اطلاع",
            ),
            Text(
                en="News from the bargaining table and from our schools, in your language.",
                es="Noticias de la mesa de negociación y de nuestras escuelas, en tu idioma.",
                ht="Nouvèl sou tab negosyasyon an ak sou lekòl nou yo, nan lang ou.",
                pt="Notícias da mesa de negociação e das nossas escolas, no seu idioma.",
                vi="Tin tức từ bàn thương lượng và từ các trường học của chúng ta, bằng ngôn ngữ của bạn.",
                zh="来自谈判桌和我们学校的消息，用您的语言呈现。",
                ar="أخبار طاولة المفاوضات ومدارسنا، بلغتك.",
            ),
            Text(
                en="Read the news",
                es="Lee las noticias",
                ht="Li nouvèl yo",
                pt="Leia as notícias",
                vi="Đọc tin tức",
                zh="阅读新闻",
                ar="اقرأ الأخبار",
            ),
            page="news",
        ),
    ],
)

HOME = PageSpec(
    model="HomePage",
    slug="home",
    title=Text(
        en="Together for our schools",
        es="Juntos por nuestras escuelas",
        ht="Ansanm pou lekòl nou yo",
        pt="Juntos pelas nossas escolas",
        vi="Chung tay vì trường học của chúng ta",
        zh="携手共建我们的学校",
        ar="معًا من أجل مدارسنا",
    ),
    fields={
        "lead": Text(
            en="Educators, families, students and retirees building the public schools our community deserves.",
            es="Docentes, familias, estudiantes y jubilados construyendo las escuelas públicas que nuestra "
            "comunidad merece.",
            ht="Edikatè, fanmi, elèv ak retrete k ap bati lekòl piblik kominote nou an merite.",
            pt="Educadores, famílias, estudantes e aposentados construindo as escolas públicas que a nossa "
            "comunidade merece.",
            vi="Nhà giáo, phụ huynh, học sinh và những người đã nghỉ hưu cùng xây dựng những ngôi trường công mà "
            "cộng đồng chúng ta xứng đáng có được.",
            zh="教育工作者、家庭、学生和退休人员携手，建设我们社区应有的公立学校。",
            ar="معلمون وأسر وطلاب ومتقاعدون يبنون معًا المدارس العامة التي يستحقها مجتمعنا.",
        ),
        "intro": RichText(
            Text(
                en="<b>Common Good</b> is the union of the teachers, counselors, paraprofessionals and support "
                "staff of our district. We bargain for our students and their families as much as for ourselves.",
                es="<b>Common Good</b> es el sindicato de los maestros, consejeros, paraprofesionales y personal de "
                "apoyo de nuestro distrito. Negociamos tanto por nuestros estudiantes y sus familias como por "
                "nosotros mismos.",
                ht="<b>Common Good</b> se sendika pwofesè, konseye, asistan pedagojik ak anplwaye sipò distri nou "
                "an. Nou negosye pou elèv nou yo ak fanmi yo menm jan nou negosye pou tèt nou.",
                pt="<b>Common Good</b> é o sindicato dos professores, orientadores, paraprofissionais e "
                "funcionários de apoio do nosso distrito. Negociamos pelos nossos alunos e suas famílias tanto "
                "quanto por nós mesmos.",
                vi="<b>Common Good</b> là công đoàn của giáo viên, chuyên viên tư vấn, trợ giảng và nhân viên hỗ "
                "trợ trong học khu của chúng ta. Chúng tôi thương lượng vì học sinh và gia đình các em cũng như vì "
                "chính mình.",
                zh="<b>Common Good</b>是我们学区教师、辅导员、助教和后勤人员的工会。我们谈判不仅为了自己，也为了"
                "学生和他们的家庭。",
                ar="<b>Common Good</b> هي نقابة المعلمين والمرشدين والمساعدين التربويين وموظفي الدعم في منطقتنا "
                "التعليمية. نحن نتفاوض من أجل طلابنا وأسرهم بقدر ما نتفاوض من أجل أنفسنا.",
            ),
        ),
    },
    body=[
        heading(
            Text(
                en="What we are working on",
                es="En qué estamos trabajando",
                ht="Sa n ap travay sou li",
                pt="No que estamos trabalhando",
                vi="Những việc chúng tôi đang làm",
                zh="我们正在做的事",
                ar="ما نعمل عليه",
            )
        ),
        paragraph(
            Text(
                en="This year we are listening before we bargain. Families and students in every neighborhood are "
                "telling us what their schools need, and their answers shape the proposals we bring to the "
                "district.",
                es="Este año escuchamos antes de negociar. Familias y estudiantes de todos los barrios nos dicen lo "
                "que necesitan sus escuelas, y sus respuestas dan forma a las propuestas que llevamos al distrito.",
                ht="Ane sa a, nou koute anvan nou negosye. Fanmi ak elèv nan chak katye ap di nou sa lekòl yo "
                "bezwen, e repons yo ap ede nou prepare pwopozisyon n ap pote bay distri a.",
                pt="Este ano estamos ouvindo antes de negociar. Famílias e estudantes de todos os bairros estão nos "
                "dizendo do que suas escolas precisam, e suas respostas dão forma às propostas que levamos ao "
                "distrito.",
                vi="Năm nay, chúng tôi lắng nghe trước khi thương lượng. Phụ huynh và học sinh ở khắp các khu phố "
                "đang cho chúng tôi biết trường học của họ cần gì, và những câu trả lời đó định hình các đề xuất "
                "chúng tôi đưa ra với học khu.",
                zh="今年，我们先倾听，再谈判。各个社区的家庭和学生正在告诉我们学校需要什么，他们的回答将决定我们"
                "向学区提出的建议。",
                ar="هذا العام نستمع قبل أن نتفاوض. تخبرنا الأسر والطلاب في كل حي بما تحتاجه مدارسهم، وتُسهم "
                "إجاباتهم في صياغة المقترحات التي نقدمها إلى المنطقة التعليمية.",
            ),
            [
                Text(
                    en="Smaller classes and time for teachers to plan together",
                    es="Grupos más pequeños y tiempo para que los docentes planifiquen juntos",
                    ht="Klas ki pi piti ak tan pou pwofesè yo planifye ansanm",
                    pt="Turmas menores e tempo para os professores planejarem juntos",
                    vi="Lớp học sĩ số nhỏ hơn và thời gian để giáo viên cùng nhau soạn bài",
                    zh="更小的班级规模，以及教师共同备课的时间",
                    ar="فصول أصغر ووقت يخطط فيه المعلمون معًا",
                ),
                Text(
                    en="A counselor and a nurse in every school",
                    es="Un consejero y una enfermera en cada escuela",
                    ht="Yon konseye ak yon enfimyè nan chak lekòl",
                    pt="Um orientador e um enfermeiro em cada escola",
                    vi="Mỗi trường đều có chuyên viên tư vấn và y tá",
                    zh="每所学校都有辅导员和护士",
                    ar="مرشد وممرض في كل مدرسة",
                ),
                Text(
                    en="Fair and stable funding for every school in the district",
                    es="Financiamiento justo y estable para todas las escuelas del distrito",
                    ht="Finansman ki jis e ki estab pou chak lekòl nan distri a",
                    pt="Financiamento justo e estável para todas as escolas do distrito",
                    vi="Ngân sách công bằng và ổn định cho mọi trường trong học khu",
                    zh="为学区每所学校提供公平、稳定的经费",
                    ar="تمويل عادل ومستقر لكل مدرسة في المنطقة التعليمية",
                ),
            ],
        ),
        quote(
            Text(
                en="When my daughter's teacher asked what our family needed from the school, it was the first time "
                "anyone had asked us.",
                es="Cuando la maestra de mi hija nos preguntó qué necesitaba nuestra familia de la escuela, fue la "
                "primera vez que alguien nos lo preguntaba.",
                ht="Lè pwofesè pitit fi m nan te mande ki sa fanmi nou bezwen nan men lekòl la, se te premye fwa "
                "yon moun te janm mande nou sa.",
                pt="Quando a professora da minha filha perguntou o que a nossa família precisava da escola, foi a "
                "primeira vez que alguém nos perguntou isso.",
                vi="Khi cô giáo của con gái tôi hỏi gia đình chúng tôi cần gì từ nhà trường, đó là lần đầu tiên có "
                "người hỏi chúng tôi điều đó.",
                zh="女儿的老师问我们家需要学校提供什么帮助时，那是第一次有人这样问我们。",
                ar="عندما سألتنا معلمة ابنتي عمّا تحتاجه أسرتنا من المدرسة، كانت تلك أول مرة يسألنا فيها أحد.",
            ),
            Text(
                en="A parent at a listening session",
                es="Una madre en una sesión de escucha",
                ht="Yon manman nan yon sesyon koute",
                pt="Uma mãe em uma sessão de escuta",
                vi="Một phụ huynh tại buổi lắng nghe ý kiến",
                zh="一位参加倾听会的家长",
                ar="وليّة أمر في جلسة استماع",
            ),
        ),
        call_to_action(
            Text(
                en="Join an Action Team",
                es="Únete a un Equipo de Acción",
                ht="Antre nan yon Ekip Aksyon",
                pt="Participe de uma Equipe de Ação",
                vi="Tham gia Nhóm Hành động",
                zh="加入行动小组",
                ar="انضم إلى فريق العمل النقابي",
            ),
            Text(
                en="Each Action Team member keeps in touch with about ten co-workers, so nobody hears the news last.",
                es="Cada integrante de un Equipo de Acción se mantiene en contacto con unos diez compañeros de "
                "trabajo, para que nadie se entere de las noticias el último.",
                ht="Chak manm yon Ekip Aksyon rete an kontak ak anviwon dis kòlèg, konsa pèsonn pa aprann nouvèl "
                "yo an dènye.",
                pt="Cada integrante de uma Equipe de Ação mantém contato com cerca de dez colegas de trabalho, "
                "para que ninguém seja o último a saber das novidades.",
                vi="Mỗi thành viên Nhóm Hành động giữ liên lạc với khoảng mười đồng nghiệp, để không ai là người "
                "cuối cùng biết tin.",
                zh="每位行动小组成员与大约十位同事保持联系，确保没有人最后一个得到消息。",
                ar="يبقى كل عضو في فريق العمل النقابي على تواصل مع نحو عشرة من زملائه، حتى لا يكون أحد آخر من يعلم.",
            ),
            GET_INVOLVED,
            page="get-involved",
        ),
    ],
    children=[ABOUT, GET_INVOLVED_PAGE, NEWS_INDEX],
)


# Navigation and footer

MENUS = [
    MenuSpec(
        slug="main",
        name=Text(
            en="Main menu",
            es="Menú principal",
            ht="Meni prensipal",
            pt="Menu principal",
            vi="Menu chính",
            zh="主菜单",
            ar="القائمة الرئيسية",
        ),
        pages=("about", "news", "get-involved"),
    ),
    MenuSpec(
        slug="footer",
        name=Text(
            en="Footer links",
            es="Enlaces del pie de página",
            ht="Lyen anba paj la",
            pt="Links do rodapé",
            vi="Liên kết chân trang",
            zh="页脚链接",
            ar="روابط تذييل الصفحة",
        ),
        pages=("about", "get-involved", "news"),
    ),
]

FOOTER = FooterSpec(
    slug="footer",
    text=RichText(
        Text(
            en="<b>Common Good</b> is the union of the teachers and school staff of our public schools, working "
            "side by side with families, students and retirees.",
            es="<b>Common Good</b> es el sindicato de los docentes y el personal de nuestras escuelas públicas, y "
            "trabaja codo a codo con las familias, los estudiantes y los jubilados.",
            ht="<b>Common Good</b> se sendika pwofesè ak anplwaye lekòl piblik nou yo, k ap travay kòt a kòt ak "
            "fanmi yo, elèv yo ak retrete yo.",
            pt="<b>Common Good</b> é o sindicato dos professores e funcionários das nossas escolas públicas, que "
            "trabalha lado a lado com famílias, estudantes e aposentados.",
            vi="<b>Common Good</b> là công đoàn của giáo viên và nhân viên các trường công lập của chúng ta, sát "
            "cánh cùng phụ huynh, học sinh và những người đã nghỉ hưu.",
            zh="<b>Common Good</b>是我们公立学校教师和教职员工的工会，与家庭、学生和退休人员并肩努力。",
            ar="<b>Common Good</b> هي نقابة المعلمين والعاملين في مدارسنا العامة، وتعمل جنبًا إلى جنب مع الأسر "
            "والطلاب والمتقاعدين.",
        ),
    ),
    contact=Text(
        en="Union hall: 415 Maple Avenue, 2nd floor, Riverton\nPhone: 555-0142\nhello@commongood.example",
        es="Sede del sindicato: 415 Maple Avenue, 2.º piso, Riverton\nTeléfono: 555-0142\nhello@commongood.example",
        ht="Lokal sendika a: 415 Maple Avenue, 2yèm etaj, Riverton\nTelefòn: 555-0142\nhello@commongood.example",
        pt="Sede do sindicato: 415 Maple Avenue, 2.º andar, Riverton\nTelefone: 555-0142\nhello@commongood.example",
        vi="Trụ sở công đoàn: 415 Maple Avenue, tầng 2, Riverton\nĐiện thoại: 555-0142\nhello@commongood.example",
        zh="工会会址：Riverton, 415 Maple Avenue, 2楼\n电话：555-0142\nhello@commongood.example",
        ar="مقر النقابة: 415 Maple Avenue، الطابق الثاني، Riverton\nالهاتف: 555-0142\nhello@commongood.example",
    ),
)
