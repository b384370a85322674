"""The vision page: what the union believes, as statements that can each be linked to."""

from home.demo.spec import PageSpec, RichText, Text, call_to_action, paragraph, stream_blocks

from .platform import PLATFORM_TITLE


def statement(title, explanation):
    return ("statement", {"statement": title, "explanation": RichText(explanation)})


STATEMENTS = [
    statement(
        Text(
            en="Members lead the union",
            es="Los miembros dirigen el sindicato",
            ht="Se manm yo ki dirije sendika a",
            pt="Os associados dirigem o sindicato",
            vi="Thành viên lãnh đạo công đoàn",
            zh="会员领导工会",
            ar="الأعضاء يقودون النقابة",
        ),
        Text(
            en="Organizing is done by members, in every building. We train building representatives, visit "
            "worksites one on one, and help new leaders grow from the classroom up.",
            es="La organización la hacen los miembros, en cada edificio. Formamos a representantes escolares, "
            "visitamos cada lugar de trabajo para conversar persona a persona y ayudamos a que surjan nuevos "
            "líderes desde el aula.",
            ht="Se manm yo ki fè travay òganizasyon an, nan chak lekòl. Nou fòme reprezantan lekòl yo, nou vizite "
            "chak kote moun travay pou pale ak yo youn pa youn, epi nou ede nouvo lidè grandi depi nan salklas la.",
            pt="A organização é feita pelos associados, em cada escola. Formamos representantes de escola, visitamos "
            "os locais de trabalho para conversar com cada pessoa e ajudamos novas lideranças a surgir a partir "
            "da sala de aula.",
            vi="Công việc tổ chức do chính các thành viên đảm nhận, ở mọi trường. Chúng tôi đào tạo đại diện tại "
            "trường, đến gặp từng người tại nơi làm việc và giúp những nhà lãnh đạo mới trưởng thành từ chính "
            "lớp học.",
            zh="组织工作由会员在每一所学校亲自开展。我们培训学校代表，到各个工作场所与会员一对一交流，并帮助新的骨干从课堂中成长起来。",
            ar="يتولى الأعضاء أنفسهم العمل التنظيمي في كل مدرسة. ندرّب ممثلي المدارس، ونزور أماكن العمل للقاء "
            "الزملاء فردًا فردًا، ونساعد قيادات جديدة على النمو انطلاقًا من الفصل الدراسي.",
        ),
    ),
    statement(
        Text(
            en="Every member is heard",
            es="Todos los miembros son escuchados",
            ht="Nou tande chak manm",
            pt="Todos os associados são ouvidos",
            vi="Mọi thành viên đều được lắng nghe",
            zh="倾听每一位会员",
            ar="صوت كل عضو مسموع",
        ),
        Text(
            en="We reach out on purpose to all members, including those in non-traditional schools: alternative and "
            "adult programs, early childhood centers, hospital and home instruction. Surveys and visits happen "
            "where people work, in the languages they speak.",
            es="Buscamos de forma deliberada a todos los miembros, también a quienes trabajan en escuelas no "
            "tradicionales: programas alternativos y para adultos, centros de primera infancia, enseñanza en "
            "hospitales y a domicilio. Las encuestas y las visitas se hacen donde la gente trabaja, en los idiomas "
            "que habla.",
            ht="Nou fè efò espesyal pou rive jwenn tout manm yo, menm sa ki travay nan lekòl ki pa tradisyonèl: "
            "pwogram altènatif ak pwogram pou granmoun, sant pou timoun piti, klas nan lopital ak lakay. Sondaj ak "
            "vizit yo fèt kote moun yo travay, nan lang yo pale.",
            pt="Procuramos deliberadamente todos os associados, inclusive os que atuam em escolas não tradicionais: "
            "programas alternativos e de educação de adultos, centros de educação infantil, ensino hospitalar e "
            "domiciliar. Pesquisas e visitas acontecem onde as pessoas trabalham, nos idiomas que elas falam.",
            vi="Chúng tôi chủ động tìm đến mọi thành viên, kể cả những người làm việc ở các trường phi truyền thống: "
            "chương trình thay thế và giáo dục người lớn, trung tâm mầm non, dạy học tại bệnh viện và tại nhà. Các "
            "cuộc khảo sát và thăm hỏi diễn ra ngay nơi mọi người làm việc, bằng ngôn ngữ của họ.",
            zh="我们主动联系所有会员，包括在非传统学校工作的会员：替代教育和成人教育项目、幼儿中心、医院和居家教学。"
            "问卷调查和走访都在大家工作的地方进行，并使用他们的语言。",
            ar="نتواصل عن قصد مع جميع الأعضاء، بمن فيهم العاملون في المدارس غير التقليدية: البرامج البديلة وبرامج "
            "تعليم الكبار، ومراكز الطفولة المبكرة، والتعليم في المستشفيات والمنازل. وتُجرى الاستبيانات والزيارات "
            "حيث يعمل الناس، وباللغات التي يتحدثونها.",
        ),
    ),
    statement(
        Text(
            en="Active and retired members, one union",
            es="Miembros activos y jubilados, un solo sindicato",
            ht="Manm aktif ak manm retrete, yon sèl sendika",
            pt="Ativos e aposentados, um só sindicato",
            vi="Thành viên đương nhiệm và đã nghỉ hưu, một công đoàn",
            zh="在职与退休会员，同属一个工会",
            ar="الأعضاء العاملون والمتقاعدون نقابة واحدة",
        ),
        Text(
            en="Retired members built this union. We keep them close: they mentor new educators, join our campaigns "
            "and share what they learned, so the union stays strong for the next generation.",
            es="Los miembros jubilados construyeron este sindicato. Los mantenemos cerca: acompañan a los nuevos "
            "educadores, se suman a nuestras campañas y comparten lo que aprendieron, para que el sindicato siga "
            "fuerte para la próxima generación.",
            ht="Se manm retrete yo ki te bati sendika sa a. Nou kenbe yo toupre: yo gide nouvo edikatè yo, yo "
            "patisipe nan kanpay nou yo epi yo pataje sa yo te aprann, pou sendika a rete fò pou pwochen jenerasyon "
            "an.",
            pt="Os associados aposentados construíram este sindicato. Nós os mantemos por perto: eles orientam novos "
            "educadores, participam das nossas campanhas e compartilham o que aprenderam, para que o sindicato "
            "continue forte para a próxima geração.",
            vi="Chính những thành viên đã nghỉ hưu đã xây dựng nên công đoàn này. Chúng tôi luôn gắn bó với họ: họ cố "
            "vấn cho các nhà giáo mới, tham gia các chiến dịch và chia sẻ kinh nghiệm, để công đoàn vững mạnh cho "
            "thế hệ tiếp theo.",
            zh="这个工会是退休会员一手建立起来的。我们与他们保持紧密联系：他们指导新入职的教育工作者，参与我们的行动，"
            "分享自己的经验，让工会为下一代保持强大。",
            ar="المتقاعدون هم من بنوا هذه النقابة. ونحن نبقيهم قريبين منا: يرشدون المعلمين الجدد، وينضمون إلى "
            "حملاتنا، ويشاركون ما تعلّموه، لتبقى النقابة قوية للجيل القادم.",
        ),
    ),
    statement(
        Text(
            en="Open and transparent bargaining",
            es="Una negociación abierta y transparente",
            ht="Yon negosyasyon ki louvri e ki transparan",
            pt="Negociação aberta e transparente",
            vi="Thương lượng công khai và minh bạch",
            zh="公开透明的谈判",
            ar="مفاوضات مفتوحة وشفافة",
        ),
        Text(
            en="Our proposals, the district's answers and the agreement itself are posted online in seven languages. "
            "Bargaining sessions are open to the public, and we report back after every one.",
            es="Nuestras propuestas, las respuestas del distrito y el propio contrato se publican en línea en siete "
            "idiomas. Las sesiones de negociación están abiertas al público y después de cada una informamos de lo "
            "ocurrido.",
            ht="Pwopozisyon nou yo, repons distri a ak kontra a li menm parèt sou entènèt nan sèt lang. Sesyon "
            "negosyasyon yo louvri pou piblik la, epi apre chak sesyon nou rakonte sa k te pase.",
            pt="Nossas propostas, as respostas do distrito e o próprio acordo coletivo são publicados na internet em "
            "sete idiomas. As sessões de negociação são abertas ao público, e prestamos contas depois de cada uma.",
            vi="Các đề xuất của chúng tôi, phản hồi của học khu và chính bản thỏa ước đều được đăng trực tuyến bằng "
            "bảy ngôn ngữ. Các phiên thương lượng mở cửa cho công chúng, và sau mỗi phiên chúng tôi đều báo cáo lại.",
            zh="我们的提案、学区的答复以及合同本身都以七种语言在网上公布。谈判会议向公众开放，每次会议后我们都会通报情况。",
            ar="تُنشر مقترحاتنا وردود المنطقة التعليمية والاتفاقية نفسها على الإنترنت بسبع لغات. وجلسات التفاوض "
            "مفتوحة للجمهور، ونُطلع الجميع على ما جرى بعد كل جلسة.",
        ),
    ),
    statement(
        Text(
            en="Families and students help set our goals",
            es="Las familias y los estudiantes ayudan a fijar nuestras metas",
            ht="Fanmi ak elèv yo ede nou fikse objektif nou yo",
            pt="Famílias e estudantes ajudam a definir nossas metas",
            vi="Phụ huynh và học sinh cùng định ra mục tiêu",
            zh="家庭和学生共同确定我们的目标",
            ar="الأسر والطلاب يشاركون في تحديد أهدافنا",
        ),
        Text(
            en="Before we write a proposal, we listen. Listening sessions, surveys of families and students, and a "
            "compact with community partners shape what we bring to the table.",
            es="Antes de escribir una propuesta, escuchamos. Las sesiones de escucha, las encuestas a familias y "
            "estudiantes y un compromiso firmado con organizaciones de la comunidad definen lo que llevamos a la "
            "mesa.",
            ht="Anvan nou ekri yon pwopozisyon, nou koute. Sesyon koute yo, sondaj ak fanmi ak elèv yo, ansanm ak "
            "yon angajman nou siyen ak patnè kominotè nou yo, detèmine sa nou pote sou tab negosyasyon an.",
            pt="Antes de escrever uma proposta, nós ouvimos. As sessões de escuta, as pesquisas com famílias e "
            "estudantes e um pacto com parceiros da comunidade definem o que levamos à mesa.",
            vi="Trước khi viết một đề xuất, chúng tôi lắng nghe. Các buổi lắng nghe, các cuộc khảo sát phụ huynh và "
            "học sinh, cùng một cam kết chung với các đối tác cộng đồng định hình những gì chúng tôi mang đến bàn "
            "thương lượng.",
            zh="在写出任何提案之前，我们先倾听。倾听会、面向家庭和学生的调查，以及与社区伙伴签订的共同承诺，决定了我们在谈判桌上提出什么。",
            ar="قبل أن نكتب أي مقترح، نستمع. فجلسات الاستماع، واستبيانات الأسر والطلاب، وميثاق مشترك مع شركائنا "
            "في المجتمع، هي ما يحدد ما نحمله إلى طاولة التفاوض.",
        ),
    ),
    statement(
        Text(
            en="A union that proposes solutions",
            es="Un sindicato que propone soluciones",
            ht="Yon sendika ki pwopoze solisyon",
            pt="Um sindicato que propõe soluções",
            vi="Một công đoàn đưa ra giải pháp",
            zh="提出解决方案的工会",
            ar="نقابة تقترح الحلول",
        ),
        Text(
            en="We do not wait until harm is done to file a grievance. We bring ideas to the school board and the "
            "state, and when a grievance is needed, we handle it quickly and keep members informed.",
            es="No esperamos a que se produzca un daño para presentar una queja formal. Llevamos ideas a la junta "
            "escolar y al estado, y cuando hace falta una queja formal, la tramitamos con rapidez y mantenemos "
            "informados a los miembros.",
            ht="Nou pa tann domaj fin fèt pou nou depoze yon plent. Nou pote ide bay konsèy lekòl la ak leta a, epi "
            "lè yon plent nesesè, nou trete l byen vit epi nou kenbe manm yo okouran.",
            pt="Não esperamos que o dano aconteça para apresentar uma reclamação formal. Levamos ideias ao conselho "
            "escolar e ao estado e, quando uma reclamação é necessária, nós a conduzimos com rapidez e mantemos os "
            "associados informados.",
            vi="Chúng tôi không đợi đến khi thiệt hại xảy ra mới nộp đơn khiếu nại. Chúng tôi mang ý tưởng đến hội "
            "đồng giáo dục và chính quyền tiểu bang, và khi cần khiếu nại, chúng tôi xử lý nhanh chóng và thông báo "
            "đầy đủ cho thành viên.",
            zh="我们不会等到损害发生才提出申诉。我们主动向学校董事会和州政府提出建议；确需申诉时，我们会迅速处理，并让会员随时了解进展。",
            ar="لا ننتظر وقوع الضرر حتى نقدّم تظلّمًا. بل نحمل أفكارنا إلى مجلس المدارس وإلى الولاية، وعندما يلزم "
            "التظلّم نتابعه بسرعة ونُبقي الأعضاء على اطلاع.",
        ),
    ),
    statement(
        Text(
            en="Healthy debate, new leaders",
            es="Debate sano, nuevos líderes",
            ht="Bon deba, nouvo lidè",
            pt="Debate saudável, novas lideranças",
            vi="Tranh luận lành mạnh, lãnh đạo mới",
            zh="健康的讨论，新的骨干",
            ar="نقاش صحي وقيادات جديدة",
        ),
        Text(
            en="Members disagree, and that makes us stronger. We welcome open debate with our elected leaders, review "
            "how the union works, and build a pipeline of new leaders who reflect our schools.",
            es="Los miembros no siempre están de acuerdo, y eso nos fortalece. Acogemos el debate abierto con nuestros "
            "dirigentes electos, revisamos cómo funciona el sindicato y formamos una cantera de nuevos líderes que "
            "reflejen a nuestras escuelas.",
            ht="Manm yo pa toujou dakò, e sa fè nou pi fò. Nou akeyi deba ouvè ak lidè nou eli yo, nou revize jan "
            "sendika a fonksyone, epi nou prepare nouvo lidè ki sanble ak lekòl nou yo.",
            pt="Os associados discordam, e isso nos fortalece. Acolhemos o debate aberto com nossos dirigentes "
            "eleitos, revisamos o funcionamento do sindicato e formamos novas lideranças que reflitam as nossas "
            "escolas.",
            vi="Các thành viên có lúc bất đồng, và điều đó làm chúng tôi mạnh hơn. Chúng tôi hoan nghênh tranh luận "
            "cởi mở với những người lãnh đạo được bầu, xem xét lại cách công đoàn vận hành và bồi dưỡng lớp lãnh "
            "đạo mới phản ánh đúng các trường học của chúng ta.",
            zh="会员之间会有分歧，这反而让我们更强大。我们欢迎与民选领导层公开讨论，定期检视工会的运作方式，并培养一批能代表我们各所学校的新骨干。",
            ar="يختلف الأعضاء أحيانًا، وهذا يزيدنا قوة. نرحّب بالنقاش المفتوح مع قياداتنا المنتخبة، ونراجع طريقة عمل "
            "النقابة، ونُعدّ جيلًا من القيادات الجديدة يشبه مدارسنا.",
        ),
    ),
]

VISION = PageSpec(
    model="VisionPage",
    slug="vision",
    title=Text(
        en="Our vision",
        es="Nuestra visión",
        ht="Vizyon nou",
        pt="Nossa visão",
        vi="Tầm nhìn của chúng tôi",
        zh="我们的愿景",
        ar="رؤيتنا",
    ),
    fields={
        "intro": Text(
            en="What we believe a union of educators can be: led by its members, open to the whole school community, "
            "and focused on what students need.",
            es="Lo que creemos que puede ser un sindicato de educadores: dirigido por sus miembros, abierto a toda la "
            "comunidad escolar y centrado en lo que necesitan los estudiantes.",
            ht="Sa nou kwè yon sendika edikatè ka ye: se manm yo ki dirije l, li louvri pou tout kominote lekòl la, "
            "epi li konsantre sou sa elèv yo bezwen.",
            pt="O que acreditamos que um sindicato de educadores pode ser: dirigido por seus associados, aberto a "
            "toda a comunidade escolar e voltado para aquilo de que os estudantes precisam.",
            vi="Điều chúng tôi tin một công đoàn nhà giáo có thể trở thành: do chính các thành viên lãnh đạo, rộng mở "
            "với toàn thể cộng đồng trường học và tập trung vào những gì học sinh cần.",
            zh="我们相信，教育工作者的工会可以是这样的：由会员自己领导，向整个学校社区敞开大门，并始终关注学生的需要。",
            ar="ما نؤمن بأن نقابة المعلمين يمكن أن تكونه: نقابة يقودها أعضاؤها، ومفتوحة لمجتمع المدرسة كله، وتركّز "
            "على ما يحتاجه الطلاب.",
        ),
        "statements": stream_blocks(STATEMENTS, "vision/statements"),
    },
    body=[
        paragraph(
            Text(
                en="These beliefs guide our whole platform and every proposal we bring to the bargaining table.",
                es="Estas convicciones orientan toda nuestra plataforma y cada propuesta que llevamos a la mesa de "
                "negociación.",
                ht="Kwayans sa yo gide tout platfòm nou an ak chak pwopozisyon nou pote sou tab negosyasyon an.",
                pt="Estas convicções orientam toda a nossa plataforma e cada proposta que levamos à mesa de "
                "negociação.",
                vi="Những niềm tin này định hướng toàn bộ cương lĩnh của chúng tôi và mọi đề xuất chúng tôi đưa ra bàn "
                "thương lượng.",
                zh="这些信念指导着我们的整个纲领，以及我们带到谈判桌上的每一项提案。",
                ar="توجّه هذه القناعات برنامجنا كله وكل مقترح نحمله إلى طاولة التفاوض.",
            ),
        ),
        call_to_action(
            Text(
                en="Read our platform",
                es="Lee nuestra plataforma",
                ht="Li platfòm nou an",
                pt="Leia a nossa plataforma",
                vi="Đọc cương lĩnh của chúng tôi",
                zh="阅读我们的纲领",
                ar="اقرأ برنامجنا",
            ),
            Text(
                en="Five planks turn these beliefs into commitments for our schools.",
                es="Cinco ejes convierten estas convicciones en compromisos con nuestras escuelas.",
                ht="Senk pwen prensipal fè kwayans sa yo tounen angajman pou lekòl nou yo.",
                pt="Cinco eixos transformam essas convicções em compromissos com as nossas escolas.",
                vi="Năm trụ cột biến những niềm tin này thành cam kết cho các trường học của chúng ta.",
                zh="五大主张把这些信念变成对学校的具体承诺。",
                ar="خمسة محاور تحوّل هذه القناعات إلى التزامات تجاه مدارسنا.",
            ),
            PLATFORM_TITLE,
            page="platform",
        ),
    ],
)
