"""The demo's community compact, English with its six translations side by side."""

from home.demo.spec import NumberedList, RichText, Text, heading, paragraph

PAGE_SLUG = "community-compact"

TITLE = Text(
    en="Community compact for our schools",
    es="Pacto comunitario por nuestras escuelas",
    ht="Pak kominotè pou lekòl nou yo",
    pt="Pacto comunitário pelas nossas escolas",
    vi="Giao ước cộng đồng vì trường học của chúng ta",
    zh="为我们的学校订立的社区公约",
    ar="الميثاق المجتمعي من أجل مدارسنا",
)

INTRO = RichText(
    Text(
        en="Educators, families, students and neighbours promise to work together for public schools that every "
        "child deserves. Read the compact, and add your name or your organisation's.",
        es="Educadores, familias, estudiantes y vecinos nos comprometemos a trabajar juntos por las escuelas públicas "
        "que todo niño merece. Lea el pacto y sume su nombre o el de su organización.",
        ht="Edikatè, fanmi, elèv ak vwazen pwomèt pou yo travay ansanm pou lekòl piblik chak timoun merite. Li pak "
        "la, epi mete non w oswa non òganizasyon w.",
        pt="Educadores, famílias, estudantes e vizinhos se comprometem a trabalhar juntos pelas escolas públicas que "
        "toda criança merece. Leia o pacto e acrescente o seu nome ou o da sua organização.",
        vi="Nhà giáo, gia đình, học sinh và hàng xóm cùng hứa làm việc với nhau vì những trường công mà mọi trẻ em "
        "xứng đáng có. Hãy đọc giao ước và thêm tên của bạn hoặc của tổ chức bạn.",
        zh="教育工作者、家庭、学生和邻居承诺携手合作，建设每个孩子都应得的公立学校。请阅读公约，并加上您或您所在组织的名字。",
        ar="نتعهّد نحن المعلمين والأسر والطلاب والجيران بأن نعمل معًا من أجل مدارس عامة يستحقها كل طفل. اقرأ الميثاق "
        "وأضف اسمك أو اسم منظمتك.",
    )
)

THANK_YOU = RichText(
    Text(
        en="Thank you for standing with us. We will write to you before the next community meeting.",
        es="Gracias por acompañarnos. Le escribiremos antes de la próxima reunión comunitaria.",
        ht="Mèsi paske w kanpe avèk nou. N ap ekri w anvan pwochen reyinyon kominotè a.",
        pt="Obrigado por estar conosco. Vamos escrever para você antes da próxima reunião comunitária.",
        vi="Cảm ơn bạn đã đồng hành cùng chúng tôi. Chúng tôi sẽ viết cho bạn trước buổi họp cộng đồng tới.",
        zh="感谢您与我们站在一起。下次社区会议之前，我们会给您写信。",
        ar="شكرًا لوقوفك معنا. سنكتب إليك قبل الاجتماع المجتمعي القادم.",
    )
)

BODY = [
    heading(
        Text(
            en="What we promise each other",
            es="Lo que nos prometemos",
            ht="Sa nou pwomèt youn lòt",
            pt="O que prometemos uns aos outros",
            vi="Những điều chúng ta hứa với nhau",
            zh="我们彼此的承诺",
            ar="ما نتعهد به بعضنا لبعض",
        )
    ),
    paragraph(
        NumberedList(
            [
                Text(
                    en="Every child learns in a safe, clean building with a class small enough to be known by name.",
                    es="Cada niño aprende en un edificio seguro y limpio, en una clase lo bastante pequeña para que "
                    "lo conozcan por su nombre.",
                    ht="Chak timoun aprann nan yon bilding ki an sekirite e ki pwòp, nan yon klas ase piti pou yo "
                    "konnen l pa non l.",
                    pt="Toda criança aprende em um prédio seguro e limpo, numa turma pequena o bastante para ser "
                    "conhecida pelo nome.",
                    vi="Mỗi em học trong một ngôi trường an toàn, sạch sẽ, trong một lớp đủ nhỏ để thầy cô biết "
                    "tên từng em.",
                    zh="每个孩子都在安全、干净的校舍里学习，班级小到老师能叫出每个人的名字。",
                    ar="يتعلّم كل طفل في مبنى آمن ونظيف، وفي صف صغير بما يكفي ليُعرف فيه باسمه.",
                ),
                Text(
                    en="Families are heard in their own language, at meetings held when working parents can come.",
                    es="Las familias son escuchadas en su propio idioma, en reuniones a horas en que los padres que "
                    "trabajan pueden asistir.",
                    ht="Yo tande fanmi yo nan pwòp lang yo, nan reyinyon ki fèt lè paran k ap travay yo ka vini.",
                    pt="As famílias são ouvidas na sua própria língua, em reuniões marcadas quando pais que "
                    "trabalham podem ir.",
                    vi="Các gia đình được lắng nghe bằng ngôn ngữ của mình, trong những buổi họp vào giờ mà phụ "
                    "huynh đi làm có thể đến.",
                    zh="家庭能用自己的语言表达意见，会议安排在上班的家长也能参加的时间。",
                    ar="تُسمع الأسر بلغتها، في اجتماعات تُعقد في أوقات يستطيع فيها الآباء العاملون الحضور.",
                ),
                Text(
                    en="Each school has a nurse, a counsellor and a librarian, and the support students with "
                    "disabilities are owed.",
                    es="Cada escuela tiene enfermera, consejero y bibliotecario, y el apoyo que se les debe a los "
                    "estudiantes con discapacidad.",
                    ht="Chak lekòl gen yon enfimyè, yon konseye ak yon bibliyotekè, ak sipò elèv ki gen andikap "
                    "dwe resevwa.",
                    pt="Cada escola tem enfermeiro, orientador e bibliotecário, e o apoio devido aos estudantes com "
                    "deficiência.",
                    vi="Mỗi trường có y tá, chuyên viên tư vấn và thủ thư, cùng sự hỗ trợ mà học sinh khuyết tật "
                    "được hưởng.",
                    zh="每所学校都有护士、辅导员和图书管理员，并为残障学生提供他们应得的支持。",
                    ar="في كل مدرسة ممرض ومرشد وأمين مكتبة، والدعم الذي يحق للطلاب ذوي الإعاقة.",
                ),
                Text(
                    en="We show up for one another: at school board meetings, at the bargaining table and in our "
                    "neighbourhoods.",
                    es="Nos apoyamos unos a otros: en las reuniones de la junta escolar, en la mesa de negociación y "
                    "en nuestros barrios.",
                    ht="Nou la youn pou lòt: nan reyinyon komite lekòl la, sou tab negosyasyon an ak nan katye nou yo.",
                    pt="Estamos presentes uns pelos outros: nas reuniões do conselho escolar, na mesa de negociação e "
                    "nos nossos bairros.",
                    vi="Chúng ta có mặt vì nhau: tại các buổi họp hội đồng giáo dục, tại bàn thương lượng và trong "
                    "khu phố của mình.",
                    zh="我们彼此支持：在学校董事会会议上，在谈判桌前，在我们的社区里。",
                    ar="نقف بعضنا إلى جانب بعض: في اجتماعات مجلس التعليم، وعلى طاولة المفاوضة، وفي أحيائنا.",
                ),
            ]
        )
    ),
    heading(
        Text(
            en="How to sign",
            es="Cómo firmar",
            ht="Kijan pou siyen",
            pt="Como assinar",
            vi="Cách ký tên",
            zh="如何签署",
            ar="كيف توقّع",
        )
    ),
    paragraph(
        Text(
            en="Sign below for yourself or for an organisation. We send you an e-mail to confirm; your signature "
            "counts once you have. Organisations choose whether their name is listed here.",
            es="Firme abajo a título personal o en nombre de una organización. Le enviamos un correo para "
            "confirmar; su firma cuenta cuando lo haya hecho. Las organizaciones eligen si su nombre aparece aquí.",
            ht="Siyen anba a pou tèt ou oswa pou yon òganizasyon. N ap voye yon imèl ba ou pou konfime; siyati w "
            "konte lè w fin konfime. Òganizasyon yo chwazi si non yo parèt isit la.",
            pt="Assine abaixo por você ou por uma organização. Enviamos um e-mail para confirmar; sua assinatura "
            "conta depois que você confirmar. As organizações escolhem se o nome delas aparece aqui.",
            vi="Ký tên bên dưới với tư cách cá nhân hoặc thay mặt một tổ chức. Chúng tôi gửi cho bạn một e-mail để "
            "xác nhận; chữ ký được tính khi bạn đã xác nhận. Các tổ chức tự chọn có hiện tên ở đây hay không.",
            zh="请在下方以个人或组织名义签署。我们会发送电子邮件请您确认；确认后您的签名才会计入。组织可以选择是否在此列出名称。",
            ar="وقّع أدناه باسمك أو باسم منظمة. نرسل إليك رسالة بريد إلكتروني للتأكيد، ويُحتسب توقيعك بعد أن تؤكده. "
            "وتختار المنظمات ما إذا كان اسمها سيُدرج هنا.",
        )
    ),
]
