"""The demo's family survey, English with its six translations side by side, and the open answers
the generated responses are written with.

``QUESTIONS`` is the survey's StreamField as ``(block type, value)`` pairs whose texts are ``Text``
(every language); codes are English slugs that never change. ``OPEN_ANSWERS`` and
``OTHER_ANSWERS`` are what people "wrote", in the language they answered in.
"""

from home.demo.spec import RichText, Text, list_items

SURVEY_SLUG = "schools-our-students-deserve"
NO_CONDITION = {"question_code": "", "operator": "equals", "choice_code": ""}


def condition(question_code, operator, choice_code):
    return {"question_code": question_code, "operator": operator, "choice_code": choice_code}


def options(question_code, name, pairs):
    """A ListBlock of choices (or matrix rows, or columns) with stable item ids."""
    return list_items(
        [{"label": label, "code": code} for code, label in pairs], f"{SURVEY_SLUG}/{question_code}/{name}"
    )


def question(block_type, code, text, *, help_text="", required=False, show_if=None, publish=False, **extra):
    value = {
        "question": text,
        "help_text": help_text,
        "required": required,
        "code": code,
        "condition": show_if or NO_CONDITION,
        "publish_results": publish,
    }
    for name in ("choices", "rows", "columns"):
        if name in extra:
            extra[name] = options(code, name, extra[name])
    return (block_type, {**value, **extra})


def section(heading, text, show_if=None):
    return ("section", {"heading": heading, "text": RichText(text), "condition": show_if or NO_CONDITION})


def step(title):
    return ("step", {"title": title})


# Words used by more than one question: one ``Text`` each, so they are translated the same way
# everywhere (wagtail-localize keeps one translation per English string and page).

YES = Text(en="Yes", es="Sí", ht="Wi", pt="Sim", vi="Có", zh="是", ar="نعم")
NO = Text(en="No", es="No", ht="Non", pt="Não", vi="Không", zh="否", ar="لا")
ALWAYS = Text(en="Always", es="Siempre", ht="Toujou", pt="Sempre", vi="Luôn luôn", zh="总是", ar="دائمًا")
SOMETIMES = Text(en="Sometimes", es="A veces", ht="Pafwa", pt="Às vezes", vi="Thỉnh thoảng", zh="有时", ar="أحيانًا")

# Pages

INDEX_TITLE = Text(
    en="Surveys", es="Encuestas", ht="Sondaj", pt="Pesquisas", vi="Khảo sát", zh="问卷调查", ar="استطلاعات الرأي"
)
INDEX_INTRO = RichText(
    Text(
        en="Your voice shapes what we stand up for. Answer a survey in the language you are most comfortable with: "
        "every answer, in every language, counts in the same results.",
        es="Su voz define aquello por lo que luchamos. Responda una encuesta en el idioma en que se sienta más "
        "cómodo: cada respuesta, en cualquier idioma, cuenta en los mismos resultados.",
        ht="Vwa ou ede nou deside pou kisa n ap goumen. Reponn yon sondaj nan lang ou pi alèz ladan l: chak "
        "repons, nan nenpòt lang, konte nan menm rezilta yo.",
        pt="A sua voz define aquilo que defendemos. Responda a uma pesquisa no idioma em que você se sente mais à "
        "vontade: todas as respostas, em qualquer idioma, contam nos mesmos resultados.",
        vi="Tiếng nói của quý vị định hướng những điều chúng tôi đấu tranh. Hãy trả lời khảo sát bằng ngôn ngữ quý "
        "vị thấy thoải mái nhất: mọi câu trả lời, bằng bất kỳ ngôn ngữ nào, đều được tính chung vào một kết quả.",
        zh="您的声音决定我们为什么而努力。请用您最习惯的语言回答问卷：无论用哪种语言，每一份回答都计入同一份结果。",
        ar="صوتك يحدد ما ندافع عنه. أجب عن الاستطلاع باللغة التي ترتاح إليها أكثر: كل إجابة، بأي لغة كانت، تُحتسب "
        "في النتائج نفسها.",
    ),
    Text(
        en="When a survey closes, we publish what we heard here, and you will find it in the proposals we bring "
        "to the district.",
        es="Cuando una encuesta se cierra, publicamos aquí lo que escuchamos, y lo encontrará en las propuestas "
        "que presentamos al distrito.",
        ht="Lè yon sondaj fèmen, nou pibliye isit la sa nou tande, epi w ap jwenn li nan pwopozisyon nou pote bay "
        "distri a.",
        pt="Quando uma pesquisa termina, publicamos aqui o que ouvimos, e você vai encontrar isso nas propostas "
        "que levamos ao distrito.",
        vi="Khi một cuộc khảo sát kết thúc, chúng tôi công bố tại đây những gì đã lắng nghe được, và quý vị sẽ "
        "thấy điều đó trong các đề xuất chúng tôi đưa ra với học khu.",
        zh="问卷结束后，我们会在这里公布听到的意见，您也会在我们向学区提出的提案中看到它们。",
        ar="عندما يُغلق الاستطلاع، ننشر هنا ما سمعناه، وستجده في المقترحات التي نقدمها إلى المنطقة التعليمية.",
    ),
)

SURVEY_TITLE = Text(
    en="The schools our students deserve",
    es="Las escuelas que nuestros estudiantes merecen",
    ht="Lekòl elèv nou yo merite",
    pt="As escolas que nossos alunos merecem",
    vi="Những ngôi trường mà học sinh của chúng ta xứng đáng có",
    zh="我们的学生应得的学校",
    ar="المدارس التي يستحقها طلابنا",
)
SURVEY_INTRO = RichText(
    Text(
        en="Families know what their children need. This survey asks about your child's school: class sizes, the "
        "adults who look after students, the building, support for students with disabilities, and how the "
        "school talks with you.",
        es="Las familias saben lo que necesitan sus hijos. Esta encuesta pregunta por la escuela de su hijo o hija: "
        "el tamaño de las clases, los adultos que cuidan a los estudiantes, el edificio, el apoyo a los "
        "estudiantes con discapacidades y la forma en que la escuela se comunica con usted.",
        ht="Fanmi yo konnen sa pitit yo bezwen. Sondaj sa a poze kesyon sou lekòl pitit ou a: kantite elèv nan "
        "klas yo, granmoun ki okipe elèv yo, bilding lan, sipò pou elèv ki gen andikap, ak fason lekòl la pale "
        "avè w.",
        pt="As famílias sabem do que seus filhos precisam. Esta pesquisa pergunta sobre a escola do seu filho ou "
        "filha: o tamanho das turmas, os adultos que cuidam dos alunos, o prédio, o apoio aos alunos com "
        "deficiência e a forma como a escola se comunica com você.",
        vi="Gia đình là người hiểu rõ nhất con mình cần gì. Khảo sát này hỏi về trường của con quý vị: sĩ số lớp "
        "học, những người lớn chăm sóc học sinh, cơ sở vật chất, sự hỗ trợ dành cho học sinh khuyết tật và cách "
        "nhà trường trao đổi với quý vị.",
        zh="家长最清楚孩子需要什么。本问卷询问您孩子学校的情况：班级人数、照顾学生的教职人员、校舍、对残障学生的支持，"
        "以及学校与您沟通的方式。",
        ar="الأسر تعرف ما يحتاجه أطفالها. يسألك هذا الاستطلاع عن مدرسة طفلك: أعداد الطلاب في الفصول، والكبار الذين "
        "يرعون الطلاب، والمبنى، والدعم المقدَّم للطلاب ذوي الإعاقة، وطريقة تواصل المدرسة معك.",
    ),
    Text(
        en="It takes about ten minutes. You do not have to give your name, and you can skip any question that is "
        "not marked as required.",
        es="Le tomará unos diez minutos. No tiene que dar su nombre y puede saltarse cualquier pregunta que no esté "
        "marcada como obligatoria.",
        ht="Sa pran apeprè dis minit. Ou pa oblije bay non w, epi ou ka sote nenpòt kesyon ki pa make kòm obligatwa.",
        pt="Leva cerca de dez minutos. Você não precisa dar o seu nome e pode pular qualquer pergunta que não "
        "esteja marcada como obrigatória.",
        vi="Khảo sát mất khoảng mười phút. Quý vị không cần cho biết tên và có thể bỏ qua bất kỳ câu hỏi nào không "
        "được đánh dấu là bắt buộc.",
        zh="大约需要十分钟。您不必留下姓名，未标为必答的问题都可以跳过。",
        ar="يستغرق نحو عشر دقائق. لا يلزمك ذكر اسمك، ويمكنك تخطي أي سؤال غير مُعلَّم بأنه إلزامي.",
    ),
    Text(
        en="Educators will bring what you tell us to the table when we bargain our next contract with the district.",
        es="Los educadores llevaremos lo que nos cuente a la mesa cuando negociemos nuestro próximo contrato con el "
        "distrito.",
        ht="Edikatè yo ap pote sa ou di nou sou tab la lè n ap negosye pwochen kontra nou ak distri a.",
        pt="Os educadores levarão o que você nos contar para a mesa quando negociarmos nosso próximo contrato com o "
        "distrito.",
        vi="Các nhà giáo sẽ mang những điều quý vị chia sẻ lên bàn thương lượng khi chúng tôi đàm phán hợp đồng tới "
        "với học khu.",
        zh="在与学区谈判下一份合同时，教育工作者会把您告诉我们的意见带到谈判桌上。",
        ar="سيحمل المعلمون ما تخبرنا به إلى طاولة المفاوضات عندما نتفاوض على عقدنا القادم مع المنطقة التعليمية.",
    ),
)
THANK_YOU = RichText(
    Text(
        en="Thank you! Your answers are now counted together with those of families across the city, in every "
        "language.",
        es="¡Gracias! Sus respuestas ya se cuentan junto con las de familias de toda la ciudad, en todos los idiomas.",
        ht="Mèsi! Repons ou yo konte kounye a ansanm ak repons fanmi nan tout vil la, nan tout lang.",
        pt="Obrigado! Suas respostas agora são contadas junto com as de famílias de toda a cidade, em todos os "
        "idiomas.",
        vi="Xin cảm ơn quý vị! Câu trả lời của quý vị đã được tính chung với câu trả lời của các gia đình khắp "
        "thành phố, bằng mọi ngôn ngữ.",
        zh="谢谢您！您的回答已经与全市各个家庭用各种语言提交的回答合并统计。",
        ar="شكرًا لك! تُحتسب إجاباتك الآن مع إجابات الأسر في أنحاء المدينة كلها، وبكل اللغات.",
    ),
    Text(
        en="We will share what we heard on this site, and you will find it in the proposals we bring to the district.",
        es="Compartiremos en este sitio lo que escuchamos, y lo encontrará en las propuestas que presentemos al "
        "distrito.",
        ht="N ap pataje sa nou tande sou sit sa a, epi w ap jwenn li nan pwopozisyon nou pote bay distri a.",
        pt="Vamos compartilhar neste site o que ouvimos, e você vai encontrar isso nas propostas que levaremos ao "
        "distrito.",
        vi="Chúng tôi sẽ chia sẻ những gì đã lắng nghe được trên trang này, và quý vị sẽ thấy điều đó trong các đề "
        "xuất chúng tôi đưa ra với học khu.",
        zh="我们会在本网站分享听到的意见，您也会在我们向学区提出的提案中看到它们。",
        ar="سنشارك ما سمعناه على هذا الموقع، وستجده في المقترحات التي نقدمها إلى المنطقة التعليمية.",
    ),
)
RESULTS_INTRO = RichText(
    Text(
        en="This is what families have told us so far, with every language counted together. Answers written in "
        "people's own words are read by our organizers but not published, to protect everyone's privacy.",
        es="Esto es lo que nos han dicho las familias hasta ahora, con todos los idiomas contados juntos. Las "
        "respuestas escritas con sus propias palabras las leen nuestros organizadores, pero no se publican, para "
        "proteger la privacidad de todos.",
        ht="Men sa fanmi yo di nou jiskaprezan, ak tout lang yo konte ansanm. Repons moun ekri ak pwòp mo pa yo, "
        "òganizatè nou yo li yo, men nou pa pibliye yo, pou nou pwoteje vi prive tout moun.",
        pt="Isto é o que as famílias nos disseram até agora, com todos os idiomas contados juntos. As respostas "
        "escritas com as próprias palavras são lidas pelos nossos organizadores, mas não são publicadas, para "
        "proteger a privacidade de todos.",
        vi="Đây là những gì các gia đình đã chia sẻ với chúng tôi cho đến nay, với mọi ngôn ngữ được tính chung. "
        "Những câu trả lời tự viết được các nhà tổ chức của chúng tôi đọc nhưng không công bố, để bảo vệ quyền "
        "riêng tư của mọi người.",
        zh="以下是到目前为止家长们告诉我们的情况，各种语言的回答合并统计。大家用自己的话写下的回答由我们的组织者阅读，"
        "但不会公开，以保护每个人的隐私。",
        ar="هذا ما أخبرتنا به الأسر حتى الآن، مع احتساب كل اللغات معًا. يقرأ منظّمونا الإجابات التي كتبها الناس "
        "بكلماتهم، لكننا لا ننشرها حفاظًا على خصوصية الجميع.",
    ),
)

# The questions, in order: three steps; conditions on the IEP question, the home language and the
# after-school programs.

QUESTIONS = [
    section(
        Text(
            en="Your child's school",
            es="La escuela de su hijo o hija",
            ht="Lekòl pitit ou a",
            pt="A escola do seu filho ou filha",
            vi="Trường của con quý vị",
            zh="您孩子的学校",
            ar="مدرسة طفلك",
        ),
        Text(
            en="If you have several children in our schools, answer for the one whose school you know best.",
            es="Si tiene varios hijos en nuestras escuelas, responda pensando en aquel cuya escuela conoce mejor.",
            ht="Si ou gen plizyè pitit nan lekòl nou yo, reponn pou sa ou konnen lekòl li pi byen an.",
            pt="Se você tem mais de um filho nas nossas escolas, responda pensando naquele cuja escola você conhece "
            "melhor.",
            vi="Nếu quý vị có nhiều con học ở các trường của chúng tôi, hãy trả lời cho người con mà quý vị hiểu rõ "
            "trường học nhất.",
            zh="如果您有几个孩子在我们的学校上学，请以您最了解其学校的那个孩子来回答。",
            ar="إن كان لديك أكثر من طفل في مدارسنا، فأجب عن الطفل الذي تعرف مدرسته أكثر.",
        ),
    ),
    question(
        "rating",
        "overall",
        Text(
            en="Overall, how well does your child's school meet their needs?",
            es="En general, ¿qué tan bien responde la escuela de su hijo o hija a sus necesidades?",
            ht="An jeneral, ki jan lekòl pitit ou a reponn ak bezwen li?",
            pt="De modo geral, quão bem a escola do seu filho ou filha atende às necessidades da criança?",
            vi="Nhìn chung, trường của con quý vị đáp ứng nhu cầu của cháu tốt đến mức nào?",
            zh="总体来说，您孩子的学校在多大程度上满足了孩子的需要？",
            ar="بشكل عام، إلى أي مدى تلبي مدرسة طفلك احتياجاته؟",
        ),
        required=True,
        publish=True,
        scale_size=5,
        low_label=Text(
            en="Not well at all",
            es="Nada bien",
            ht="Pa byen ditou",
            pt="Nada bem",
            vi="Hoàn toàn không tốt",
            zh="非常不好",
            ar="ليس جيدًا على الإطلاق",
        ),
        high_label=Text(
            en="Very well", es="Muy bien", ht="Trè byen", pt="Muito bem", vi="Rất tốt", zh="非常好", ar="جيد جدًا"
        ),
    ),
    question(
        "single_choice",
        "class-size",
        Text(
            en="About how many students are in your child's class?",
            es="¿Aproximadamente cuántos estudiantes hay en la clase de su hijo o hija?",
            ht="Konbyen elèv apeprè ki genyen nan klas pitit ou a?",
            pt="Mais ou menos quantos alunos há na turma do seu filho ou filha?",
            vi="Lớp của con quý vị có khoảng bao nhiêu học sinh?",
            zh="您孩子的班上大约有多少名学生？",
            ar="كم عدد الطلاب تقريبًا في فصل طفلك؟",
        ),
        help_text=Text(
            en="For older students, think of their biggest class.",
            es="Si es un estudiante mayor, piense en su clase más numerosa.",
            ht="Pou elèv ki pi gran yo, panse ak klas ki gen plis elèv la.",
            pt="Para alunos mais velhos, pense na turma mais cheia.",
            vi="Với học sinh lớn, hãy nghĩ đến lớp đông nhất của cháu.",
            zh="如果是年龄较大的学生，请按人数最多的那门课来估计。",
            ar="بالنسبة إلى الطلاب الأكبر سنًا، فكّر في أكبر فصوله عددًا.",
        ),
        publish=True,
        choices=[
            (
                "under-20",
                Text(
                    en="Fewer than 20",
                    es="Menos de 20",
                    ht="Mwens pase 20",
                    pt="Menos de 20",
                    vi="Dưới 20",
                    zh="少于20人",
                    ar="أقل من 20",
                ),
            ),
            (
                "20-25",
                Text(
                    en="20 to 25",
                    es="De 20 a 25",
                    ht="20 a 25",
                    pt="De 20 a 25",
                    vi="Từ 20 đến 25",
                    zh="20至25人",
                    ar="من 20 إلى 25",
                ),
            ),
            (
                "26-30",
                Text(
                    en="26 to 30",
                    es="De 26 a 30",
                    ht="26 a 30",
                    pt="De 26 a 30",
                    vi="Từ 26 đến 30",
                    zh="26至30人",
                    ar="من 26 إلى 30",
                ),
            ),
            (
                "over-30",
                Text(
                    en="More than 30",
                    es="Más de 30",
                    ht="Plis pase 30",
                    pt="Mais de 30",
                    vi="Trên 30",
                    zh="多于30人",
                    ar="أكثر من 30",
                ),
            ),
            (
                "dont-know",
                Text(
                    en="I don't know",
                    es="No lo sé",
                    ht="Mwen pa konnen",
                    pt="Não sei",
                    vi="Tôi không biết",
                    zh="不知道",
                    ar="لا أعرف",
                ),
            ),
        ],
        allow_other=False,
    ),
    question(
        "matrix",
        "school-life",
        Text(
            en="How much do you agree with each of these sentences?",
            es="¿Qué tan de acuerdo está con cada una de estas frases?",
            ht="Nan ki pwen ou dakò ak chak fraz sa yo?",
            pt="Quanto você concorda com cada uma destas frases?",
            vi="Quý vị đồng ý với từng câu sau đây ở mức nào?",
            zh="您在多大程度上同意以下每一种说法？",
            ar="إلى أي مدى توافق على كل عبارة من العبارات التالية؟",
        ),
        publish=True,
        rows=[
            (
                "feels-safe",
                Text(
                    en="My child feels safe at school.",
                    es="Mi hijo o hija se siente a salvo en la escuela.",
                    ht="Pitit mwen santi l an sekirite lekòl la.",
                    pt="Meu filho ou filha se sente em segurança na escola.",
                    vi="Con tôi cảm thấy an toàn ở trường.",
                    zh="我的孩子在学校感到安全。",
                    ar="يشعر طفلي بالأمان في المدرسة.",
                ),
            ),
            (
                "trusted-adult",
                Text(
                    en="There is at least one adult at school my child can go to for help.",
                    es="Hay al menos un adulto en la escuela al que mi hijo o hija puede acudir para pedir ayuda.",
                    ht="Gen omwen yon granmoun lekòl la pitit mwen ka al jwenn lè li bezwen èd.",
                    pt="Há pelo menos um adulto na escola a quem meu filho ou filha pode pedir ajuda.",
                    vi="Ở trường có ít nhất một người lớn mà con tôi có thể tìm đến khi cần giúp đỡ.",
                    zh="学校里至少有一位我的孩子在需要帮助时可以找的大人。",
                    ar="يوجد في المدرسة شخص بالغ واحد على الأقل يستطيع طفلي اللجوء إليه لطلب المساعدة.",
                ),
            ),
            (
                "building",
                Text(
                    en="The building is clean, comfortable and in good repair.",
                    es="El edificio está limpio, es cómodo y está en buen estado.",
                    ht="Bilding lan pwòp, li konfòtab e li an bon eta.",
                    pt="O prédio é limpo, confortável e bem conservado.",
                    vi="Tòa nhà trường sạch sẽ, thoải mái và được bảo trì tốt.",
                    zh="校舍干净、舒适，维护良好。",
                    ar="مبنى المدرسة نظيف ومريح وفي حالة جيدة.",
                ),
            ),
            (
                "homework",
                Text(
                    en="The amount of homework is right for my child's age.",
                    es="La cantidad de tarea es adecuada para la edad de mi hijo o hija.",
                    ht="Kantite devwa yo bay la kòrèk pou laj pitit mwen.",
                    pt="A quantidade de lição de casa é adequada para a idade do meu filho ou filha.",
                    vi="Lượng bài tập về nhà phù hợp với lứa tuổi của con tôi.",
                    zh="家庭作业的分量适合我孩子的年龄。",
                    ar="كمية الواجبات المنزلية مناسبة لعمر طفلي.",
                ),
            ),
            (
                "school-news",
                Text(
                    en="I get news from the school in a language I understand.",
                    es="Recibo las noticias de la escuela en un idioma que entiendo.",
                    ht="Mwen resevwa nouvèl lekòl la nan yon lang mwen konprann.",
                    pt="Recebo as notícias da escola em um idioma que entendo.",
                    vi="Tôi nhận được tin tức của trường bằng ngôn ngữ tôi hiểu.",
                    zh="我能收到用我看得懂的语言发布的学校消息。",
                    ar="تصلني أخبار المدرسة بلغة أفهمها.",
                ),
            ),
        ],
        columns=[
            (
                "strongly-disagree",
                Text(
                    en="Strongly disagree",
                    es="Muy en desacuerdo",
                    ht="Pa dakò ditou",
                    pt="Discordo totalmente",
                    vi="Hoàn toàn không đồng ý",
                    zh="非常不同意",
                    ar="لا أوافق إطلاقًا",
                ),
            ),
            (
                "disagree",
                Text(
                    en="Disagree",
                    es="En desacuerdo",
                    ht="Pa dakò",
                    pt="Discordo",
                    vi="Không đồng ý",
                    zh="不同意",
                    ar="لا أوافق",
                ),
            ),
            ("agree", Text(en="Agree", es="De acuerdo", ht="Dakò", pt="Concordo", vi="Đồng ý", zh="同意", ar="أوافق")),
            (
                "strongly-agree",
                Text(
                    en="Strongly agree",
                    es="Muy de acuerdo",
                    ht="Dakò nèt",
                    pt="Concordo totalmente",
                    vi="Hoàn toàn đồng ý",
                    zh="非常同意",
                    ar="أوافق بشدة",
                ),
            ),
            (
                "not-sure",
                Text(
                    en="Not sure",
                    es="No sabría decir",
                    ht="Mwen pa sèten",
                    pt="Não tenho certeza",
                    vi="Không chắc",
                    zh="不确定",
                    ar="غير متأكد",
                ),
            ),
        ],
    ),
    question(
        "number",
        "children",
        Text(
            en="How many of your children go to schools in our district?",
            es="¿Cuántos de sus hijos van a escuelas de nuestro distrito?",
            ht="Konbyen nan pitit ou yo ki ale nan lekòl distri nou an?",
            pt="Quantos dos seus filhos estudam em escolas do nosso distrito?",
            vi="Quý vị có bao nhiêu người con đang học tại các trường trong học khu của chúng ta?",
            zh="您有几个孩子在我们学区的学校上学？",
            ar="كم من أطفالك يدرسون في مدارس منطقتنا التعليمية؟",
        ),
        help_text=Text(
            en="Count every child, whatever their school.",
            es="Cuente a todos, sea cual sea su escuela.",
            ht="Konte chak pitit, kèlkeswa lekòl yo ale a.",
            pt="Conte todos, qualquer que seja a escola.",
            vi="Hãy tính tất cả các con, dù cháu học ở trường nào.",
            zh="请把所有孩子都算上，无论在哪所学校。",
            ar="احسب كل أطفالك، أيًّا كانت مدارسهم.",
        ),
        min_value=1,
        max_value=12,
        whole_numbers_only=True,
    ),
    step(
        Text(
            en="Support for every student",
            es="Apoyo para cada estudiante",
            ht="Sipò pou chak elèv",
            pt="Apoio para cada aluno",
            vi="Hỗ trợ cho mọi học sinh",
            zh="支持每一位学生",
            ar="دعم لكل طالب",
        )
    ),
    question(
        "single_choice",
        "iep-504",
        Text(
            en="Does your child have an IEP or a 504 plan?",
            es="¿Su hijo o hija tiene un IEP o un plan 504?",
            ht="Èske pitit ou a gen yon IEP oswa yon plan 504?",
            pt="Seu filho ou filha tem um IEP ou um plano 504?",
            vi="Con quý vị có IEP hoặc kế hoạch 504 không?",
            zh="您的孩子有IEP或504计划吗？",
            ar="هل لدى طفلك خطة تعليم فردية (IEP) أو خطة 504؟",
        ),
        help_text=Text(
            en="These plans set out the extra support a student with a disability gets at school. Your answer stays "
            "anonymous.",
            es="Estos planes establecen el apoyo adicional que recibe en la escuela un estudiante con una "
            "discapacidad. Su respuesta es anónima.",
            ht="Plan sa yo di ki sipò anplis yon elèv ki gen yon andikap resevwa lekòl la. Repons ou rete anonim.",
            pt="Esses planos definem o apoio extra que um aluno com deficiência recebe na escola. Sua resposta é "
            "anônima.",
            vi="Các kế hoạch này quy định những hỗ trợ thêm mà học sinh khuyết tật được nhận ở trường. Câu trả lời của "
            "quý vị được giữ ẩn danh.",
            zh="这些计划规定了残障学生在学校获得的额外支持。您的回答是匿名的。",
            ar="تحدد هذه الخطط الدعم الإضافي الذي يتلقاه الطالب ذو الإعاقة في المدرسة. تبقى إجابتك مجهولة الهوية.",
        ),
        choices=[
            ("yes", YES),
            ("no", NO),
            (
                "requested",
                Text(
                    en="We have asked for one",
                    es="Lo hemos solicitado",
                    ht="Nou te mande youn",
                    pt="Já pedimos um",
                    vi="Chúng tôi đã đề nghị lập kế hoạch",
                    zh="我们已经提出申请",
                    ar="طلبنا خطة",
                ),
            ),
            (
                "not-sure",
                Text(
                    en="I'm not sure",
                    es="No estoy seguro",
                    ht="Mwen pa fin sèten",
                    pt="Não tenho certeza",
                    vi="Tôi không chắc",
                    zh="我不确定",
                    ar="لست متأكدًا",
                ),
            ),
        ],
        allow_other=False,
    ),
    question(
        "multiple_choice",
        "services",
        Text(
            en="Which services does your child receive at school?",
            es="¿Qué servicios recibe su hijo o hija en la escuela?",
            ht="Ki sèvis pitit ou a resevwa lekòl la?",
            pt="Quais serviços seu filho ou filha recebe na escola?",
            vi="Con quý vị đang nhận những dịch vụ nào ở trường?",
            zh="您的孩子在学校接受哪些服务？",
            ar="ما الخدمات التي يتلقاها طفلك في المدرسة؟",
        ),
        help_text=Text(
            en="Tick all that apply.",
            es="Marque todos los que correspondan.",
            ht="Make tout sa ki koresponn.",
            pt="Marque todos os que se aplicam.",
            vi="Đánh dấu tất cả những mục phù hợp.",
            zh="请勾选所有适用项。",
            ar="اختر كل ما ينطبق.",
        ),
        show_if=condition("iep-504", "equals", "yes"),
        publish=True,
        choices=[
            (
                "speech",
                Text(
                    en="Speech and language therapy",
                    es="Terapia del habla y del lenguaje",
                    ht="Terapi pawòl ak langaj",
                    pt="Fonoaudiologia",
                    vi="Trị liệu ngôn ngữ và lời nói",
                    zh="言语和语言治疗",
                    ar="علاج النطق واللغة",
                ),
            ),
            (
                "therapy",
                Text(
                    en="Occupational or physical therapy",
                    es="Terapia ocupacional o física",
                    ht="Terapi okipasyonèl oswa fizyoterapi",
                    pt="Terapia ocupacional ou fisioterapia",
                    vi="Hoạt động trị liệu hoặc vật lý trị liệu",
                    zh="职能治疗或物理治疗",
                    ar="العلاج الوظيفي أو العلاج الطبيعي",
                ),
            ),
            (
                "counselling",
                Text(
                    en="Counselling",
                    es="Consejería",
                    ht="Konsèy ak sipò sikolojik",
                    pt="Acompanhamento psicológico",
                    vi="Tư vấn tâm lý",
                    zh="心理辅导",
                    ar="الإرشاد النفسي",
                ),
            ),
            (
                "aide",
                Text(
                    en="A classroom aide or paraprofessional",
                    es="Un asistente o paraprofesional en el aula",
                    ht="Yon asistan oswa yon paraprofesyonèl nan klas la",
                    pt="Um auxiliar de sala ou profissional de apoio",
                    vi="Trợ giảng hoặc nhân viên hỗ trợ trong lớp",
                    zh="课堂助教或辅助人员",
                    ar="مساعد في الفصل أو معاون تربوي",
                ),
            ),
            (
                "small-group",
                Text(
                    en="Extra help in a small group or resource room",
                    es="Apoyo adicional en grupo pequeño o en un aula de recursos",
                    ht="Èd anplis an ti gwoup oswa nan sal resous",
                    pt="Reforço em pequenos grupos ou na sala de recursos",
                    vi="Hỗ trợ thêm theo nhóm nhỏ hoặc tại phòng hỗ trợ học tập",
                    zh="小组辅导或资源教室的额外帮助",
                    ar="دعم إضافي في مجموعة صغيرة أو في غرفة المصادر",
                ),
            ),
            (
                "special-class",
                Text(
                    en="A special education classroom",
                    es="Un aula de educación especial",
                    ht="Yon klas edikasyon espesyal",
                    pt="Uma sala de educação especial",
                    vi="Lớp giáo dục đặc biệt",
                    zh="特殊教育班",
                    ar="فصل للتربية الخاصة",
                ),
            ),
            (
                "transport",
                Text(
                    en="Special transportation",
                    es="Transporte especial",
                    ht="Transpò espesyal",
                    pt="Transporte especial",
                    vi="Phương tiện đưa đón đặc biệt",
                    zh="特殊交通服务",
                    ar="مواصلات خاصة",
                ),
            ),
        ],
        allow_other=True,
        min_choices=1,
        max_choices=None,
    ),
    question(
        "rating",
        "services-delivered",
        Text(
            en="How often does your child get all the services written in their plan?",
            es="¿Con qué frecuencia recibe su hijo o hija todos los servicios que indica su plan?",
            ht="Konbyen fwa pitit ou a resevwa tout sèvis ki ekri nan plan li a?",
            pt="Com que frequência seu filho ou filha recebe todos os serviços previstos no plano?",
            vi="Con quý vị có thường xuyên nhận đủ tất cả các dịch vụ ghi trong kế hoạch không?",
            zh="您的孩子多久能得到计划中写明的全部服务？",
            ar="كم مرة يحصل طفلك على كل الخدمات المكتوبة في خطته؟",
        ),
        show_if=condition("iep-504", "equals", "yes"),
        publish=True,
        scale_size=5,
        low_label=Text(
            en="Almost never",
            es="Casi nunca",
            ht="Prèske pa janm",
            pt="Quase nunca",
            vi="Hầu như không bao giờ",
            zh="几乎从不",
            ar="نادرًا جدًا",
        ),
        high_label=ALWAYS,
    ),
    question(
        "multiple_choice",
        "staff-needed",
        Text(
            en="Which of these people would make the biggest difference at your child's school?",
            es="¿Cuáles de estas personas marcarían la mayor diferencia en la escuela de su hijo o hija?",
            ht="Kilès nan moun sa yo ki ta fè pi gwo diferans nan lekòl pitit ou a?",
            pt="Quais destas pessoas fariam mais diferença na escola do seu filho ou filha?",
            vi="Những người nào sau đây sẽ tạo ra khác biệt lớn nhất ở trường của con quý vị?",
            zh="以下哪些人员最能改善您孩子的学校？",
            ar="أي من هؤلاء الأشخاص سيُحدث الفرق الأكبر في مدرسة طفلك؟",
        ),
        help_text=Text(
            en="Pick up to three.",
            es="Elija hasta tres.",
            ht="Chwazi jiska twa.",
            pt="Escolha até três.",
            vi="Chọn tối đa ba.",
            zh="最多选三项。",
            ar="اختر ثلاثة على الأكثر.",
        ),
        publish=True,
        choices=[
            (
                "nurse",
                Text(
                    en="A full-time school nurse",
                    es="Una enfermera escolar a tiempo completo",
                    ht="Yon enfimyè lekòl aplentan",
                    pt="Uma enfermeira escolar em tempo integral",
                    vi="Một y tá trường học toàn thời gian",
                    zh="一名全职校护",
                    ar="ممرضة مدرسية بدوام كامل",
                ),
            ),
            (
                "counsellor",
                Text(
                    en="A counsellor",
                    es="Un consejero escolar",
                    ht="Yon konseye",
                    pt="Um orientador escolar",
                    vi="Một chuyên viên tư vấn học đường",
                    zh="一名辅导员",
                    ar="مرشد مدرسي",
                ),
            ),
            (
                "social-worker",
                Text(
                    en="A social worker",
                    es="Un trabajador social",
                    ht="Yon travayè sosyal",
                    pt="Um assistente social",
                    vi="Một nhân viên công tác xã hội",
                    zh="一名社工",
                    ar="أخصائي اجتماعي",
                ),
            ),
            (
                "psychologist",
                Text(
                    en="A school psychologist",
                    es="Un psicólogo escolar",
                    ht="Yon sikològ lekòl",
                    pt="Um psicólogo escolar",
                    vi="Một chuyên viên tâm lý học đường",
                    zh="一名学校心理师",
                    ar="أخصائي نفسي مدرسي",
                ),
            ),
            (
                "librarian",
                Text(
                    en="A librarian",
                    es="Un bibliotecario",
                    ht="Yon bibliyotekè",
                    pt="Um bibliotecário",
                    vi="Một thủ thư",
                    zh="一名图书馆员",
                    ar="أمين مكتبة",
                ),
            ),
            (
                "arts-teachers",
                Text(
                    en="Art and music teachers",
                    es="Maestros de arte y música",
                    ht="Pwofesè atizay ak mizik",
                    pt="Professores de artes e música",
                    vi="Giáo viên mỹ thuật và âm nhạc",
                    zh="美术和音乐老师",
                    ar="معلمو الفنون والموسيقى",
                ),
            ),
            (
                "family-liaison",
                Text(
                    en="A family liaison who speaks my language",
                    es="Un enlace con las familias que hable mi idioma",
                    ht="Yon moun kontak pou fanmi yo ki pale lang mwen",
                    pt="Uma pessoa de ligação com as famílias que fale o meu idioma",
                    vi="Một người liên lạc với gia đình nói được ngôn ngữ của tôi",
                    zh="一名会说我的语言的家庭联络员",
                    ar="منسق للتواصل مع الأسر يتحدث لغتي",
                ),
            ),
            (
                "aides",
                Text(
                    en="Classroom aides",
                    es="Asistentes en el aula",
                    ht="Asistan nan klas yo",
                    pt="Auxiliares de sala",
                    vi="Trợ giảng trong lớp",
                    zh="课堂助教",
                    ar="مساعدون في الفصول",
                ),
            ),
        ],
        allow_other=True,
        min_choices=1,
        max_choices=3,
    ),
    section(
        Text(
            en="Talking with families",
            es="Comunicación con las familias",
            ht="Kominikasyon ak fanmi yo",
            pt="Comunicação com as famílias",
            vi="Trao đổi với gia đình",
            zh="与家庭沟通",
            ar="التواصل مع الأسر",
        ),
        Text(
            en="Every family should be able to follow their child's education in the language they are most "
            "comfortable with.",
            es="Cada familia debería poder seguir la educación de sus hijos en el idioma en que se sienta más cómoda.",
            ht="Chak fanmi ta dwe kapab swiv edikasyon pitit yo nan lang yo pi alèz ladan l.",
            pt="Toda família deve poder acompanhar a educação dos filhos no idioma em que se sente mais à vontade.",
            vi="Mọi gia đình đều cần có thể theo dõi việc học của con mình bằng ngôn ngữ mà họ thấy thoải mái nhất.",
            zh="每个家庭都应该能够用自己最习惯的语言了解孩子的学习情况。",
            ar="يجب أن تتمكن كل أسرة من متابعة تعليم أطفالها باللغة التي ترتاح إليها أكثر.",
        ),
    ),
    question(
        "single_choice",
        "home-language",
        Text(
            en="In which language would you like the school to talk with you?",
            es="¿En qué idioma le gustaría que la escuela se comunicara con usted?",
            ht="Nan ki lang ou ta renmen lekòl la pale avè w?",
            pt="Em que idioma você gostaria que a escola se comunicasse com você?",
            vi="Quý vị muốn nhà trường trao đổi với mình bằng ngôn ngữ nào?",
            zh="您希望学校用哪种语言与您沟通？",
            ar="بأي لغة تفضّل أن تتواصل المدرسة معك؟",
        ),
        publish=True,
        choices=[
            (
                "english",
                Text(en="English", es="Inglés", ht="Angle", pt="Inglês", vi="Tiếng Anh", zh="英语", ar="الإنجليزية"),
            ),
            (
                "spanish",
                Text(
                    en="Spanish",
                    es="Español",
                    ht="Panyòl",
                    pt="Espanhol",
                    vi="Tiếng Tây Ban Nha",
                    zh="西班牙语",
                    ar="الإسبانية",
                ),
            ),
            (
                "haitian-creole",
                Text(
                    en="Haitian Creole",
                    es="Criollo haitiano",
                    ht="Kreyòl ayisyen",
                    pt="Crioulo haitiano",
                    vi="Tiếng Creole Haiti",
                    zh="海地克里奥尔语",
                    ar="الكريولية الهايتية",
                ),
            ),
            (
                "portuguese",
                Text(
                    en="Portuguese",
                    es="Portugués",
                    ht="Pòtigè",
                    pt="Português",
                    vi="Tiếng Bồ Đào Nha",
                    zh="葡萄牙语",
                    ar="البرتغالية",
                ),
            ),
            (
                "vietnamese",
                Text(
                    en="Vietnamese",
                    es="Vietnamita",
                    ht="Vyetnamyen",
                    pt="Vietnamita",
                    vi="Tiếng Việt",
                    zh="越南语",
                    ar="الفيتنامية",
                ),
            ),
            (
                "chinese",
                Text(en="Chinese", es="Chino", ht="Chinwa", pt="Chinês", vi="Tiếng Trung", zh="中文", ar="الصينية"),
            ),
            (
                "arabic",
                Text(en="Arabic", es="Árabe", ht="Arab", pt="Árabe", vi="Tiếng Ả Rập", zh="阿拉伯语", ar="العربية"),
            ),
            (
                "cape-verdean-creole",
                Text(
                    en="Cape Verdean Creole",
                    es="Criollo caboverdiano",
                    ht="Kreyòl Kap Vè",
                    pt="Crioulo cabo-verdiano",
                    vi="Tiếng Creole Cape Verde",
                    zh="佛得角克里奥尔语",
                    ar="كريولية الرأس الأخضر",
                ),
            ),
        ],
        allow_other=True,
    ),
    question(
        "single_choice",
        "interpreter",
        Text(
            en="At meetings about your child, is an interpreter there when you need one?",
            es="En las reuniones sobre su hijo o hija, ¿hay un intérprete cuando lo necesita?",
            ht="Nan reyinyon sou pitit ou a, èske gen yon entèprèt lè ou bezwen youn?",
            pt="Nas reuniões sobre seu filho ou filha, há um intérprete quando você precisa?",
            vi="Trong các buổi họp về con mình, quý vị có được bố trí thông dịch viên khi cần không?",
            zh="在讨论您孩子情况的会议上，您需要时是否有口译员？",
            ar="في الاجتماعات الخاصة بطفلك، هل يحضر مترجم فوري عندما تحتاج إليه؟",
        ),
        show_if=condition("home-language", "not_equals", "english"),
        publish=True,
        choices=[
            ("always", ALWAYS),
            ("sometimes", SOMETIMES),
            ("never", Text(en="Never", es="Nunca", ht="Jamè", pt="Nunca", vi="Không bao giờ", zh="从不", ar="أبدًا")),
            (
                "no-meeting-yet",
                Text(
                    en="I have not had a meeting yet",
                    es="Todavía no he tenido ninguna reunión",
                    ht="Mwen poko gen okenn reyinyon",
                    pt="Ainda não tive nenhuma reunião",
                    vi="Tôi chưa có buổi họp nào",
                    zh="我还没有参加过会议",
                    ar="لم أحضر أي اجتماع بعد",
                ),
            ),
        ],
        allow_other=False,
    ),
    step(
        Text(
            en="What matters most",
            es="Lo que más importa",
            ht="Sa ki pi enpòtan",
            pt="O que mais importa",
            vi="Điều quan trọng nhất",
            zh="最重要的事",
            ar="ما يهمّ أكثر",
        )
    ),
    question(
        "ranking",
        "priorities",
        Text(
            en="Put these in order, starting with what matters most to you.",
            es="Ordene estas opciones, empezando por la que más le importa.",
            ht="Mete yo nan lòd, kòmanse ak sa ki pi enpòtan pou ou.",
            pt="Coloque estes itens em ordem, começando pelo que mais importa para você.",
            vi="Hãy sắp xếp các mục sau, bắt đầu từ điều quan trọng nhất với quý vị.",
            zh="请把以下各项排序，从对您最重要的开始。",
            ar="رتّب هذه البنود، بدءًا بالأهم بالنسبة إليك.",
        ),
        help_text=Text(
            en="Number 1 is the most important.",
            es="El número 1 es lo más importante.",
            ht="Nimewo 1 se sa ki pi enpòtan an.",
            pt="O número 1 é o mais importante.",
            vi="Số 1 là quan trọng nhất.",
            zh="第1位是最重要的。",
            ar="الرقم 1 هو الأهم.",
        ),
        required=True,
        publish=True,
        choices=[
            (
                "smaller-classes",
                Text(
                    en="Smaller classes",
                    es="Clases más pequeñas",
                    ht="Klas ki pi piti",
                    pt="Turmas menores",
                    vi="Lớp học ít học sinh hơn",
                    zh="更小的班级",
                    ar="فصول أصغر",
                ),
            ),
            (
                "counsellors-and-nurses",
                Text(
                    en="A counsellor and a nurse in every school",
                    es="Un consejero y una enfermera en cada escuela",
                    ht="Yon konseye ak yon enfimyè nan chak lekòl",
                    pt="Um orientador e uma enfermeira em cada escola",
                    vi="Một chuyên viên tư vấn và một y tá ở mỗi trường",
                    zh="每所学校都有一名辅导员和一名护士",
                    ar="مرشد وممرضة في كل مدرسة",
                ),
            ),
            (
                "safe-buildings",
                Text(
                    en="Safe, healthy buildings",
                    es="Edificios seguros y saludables",
                    ht="Bilding ki an sekirite e ki bon pou lasante",
                    pt="Prédios seguros e saudáveis",
                    vi="Trường sở an toàn và lành mạnh",
                    zh="安全、健康的校舍",
                    ar="مبانٍ آمنة وصحية",
                ),
            ),
            (
                "special-education",
                Text(
                    en="Support for students with disabilities",
                    es="Apoyo para estudiantes con discapacidades",
                    ht="Sipò pou elèv ki gen andikap",
                    pt="Apoio para alunos com deficiência",
                    vi="Hỗ trợ cho học sinh khuyết tật",
                    zh="对残障学生的支持",
                    ar="دعم الطلاب ذوي الإعاقة",
                ),
            ),
            (
                "family-languages",
                Text(
                    en="Talking with families in their language",
                    es="Comunicarse con las familias en su idioma",
                    ht="Pale ak fanmi yo nan lang pa yo",
                    pt="Falar com as famílias no idioma delas",
                    vi="Trao đổi với gia đình bằng ngôn ngữ của họ",
                    zh="用家庭的语言与家庭沟通",
                    ar="التواصل مع الأسر بلغتها",
                ),
            ),
            (
                "enrichment",
                Text(
                    en="Arts, music, sports and clubs",
                    es="Arte, música, deportes y clubes",
                    ht="Atizay, mizik, espò ak klib",
                    pt="Artes, música, esportes e clubes",
                    vi="Nghệ thuật, âm nhạc, thể thao và câu lạc bộ",
                    zh="艺术、音乐、体育和社团",
                    ar="الفنون والموسيقى والرياضة والأندية",
                ),
            ),
        ],
    ),
    question(
        "multiple_choice",
        "more-of",
        Text(
            en="What would you like your child to have more of?",
            es="¿Qué le gustaría que la escuela ofreciera más a su hijo o hija?",
            ht="Kisa ou ta renmen pitit ou a jwenn plis lekòl la?",
            pt="O que você gostaria que a escola oferecesse mais ao seu filho ou filha?",
            vi="Quý vị muốn con mình có thêm những gì?",
            zh="您希望孩子在哪些方面有更多机会？",
            ar="ما الذي تودّ أن يحصل عليه طفلك بقدر أكبر؟",
        ),
        help_text=Text(
            en="Tick as many as you like.",
            es="Marque todas las que quiera.",
            ht="Make otan ou vle.",
            pt="Marque quantos quiser.",
            vi="Đánh dấu bao nhiêu mục tùy ý.",
            zh="可以多选。",
            ar="اختر ما تشاء.",
        ),
        publish=True,
        choices=[
            ("art", Text(en="Art", es="Arte", ht="Atizay", pt="Artes", vi="Mỹ thuật", zh="美术", ar="الفنون")),
            ("music", Text(en="Music", es="Música", ht="Mizik", pt="Música", vi="Âm nhạc", zh="音乐", ar="الموسيقى")),
            (
                "sports",
                Text(
                    en="Sports and physical education",
                    es="Deportes y educación física",
                    ht="Espò ak edikasyon fizik",
                    pt="Esportes e educação física",
                    vi="Thể thao và giáo dục thể chất",
                    zh="体育运动和体育课",
                    ar="الرياضة والتربية البدنية",
                ),
            ),
            (
                "science-clubs",
                Text(
                    en="Science and technology clubs",
                    es="Clubes de ciencia y tecnología",
                    ht="Klib syans ak teknoloji",
                    pt="Clubes de ciência e tecnologia",
                    vi="Câu lạc bộ khoa học và công nghệ",
                    zh="科学和科技社团",
                    ar="أندية العلوم والتكنولوجيا",
                ),
            ),
            (
                "field-trips",
                Text(
                    en="Field trips",
                    es="Excursiones",
                    ht="Sòti edikatif",
                    pt="Passeios e excursões",
                    vi="Các chuyến tham quan",
                    zh="校外参观",
                    ar="الرحلات المدرسية",
                ),
            ),
            (
                "tutoring",
                Text(
                    en="Tutoring and homework help",
                    es="Tutorías y ayuda con la tarea",
                    ht="Leson patikilye ak èd pou devwa",
                    pt="Reforço escolar e ajuda com a lição de casa",
                    vi="Gia sư và hỗ trợ làm bài tập",
                    zh="课业辅导和作业帮助",
                    ar="دروس التقوية والمساعدة في الواجبات",
                ),
            ),
            (
                "after-school",
                Text(
                    en="After-school programs",
                    es="Programas después de clases",
                    ht="Pwogram apre lekòl",
                    pt="Atividades depois das aulas",
                    vi="Chương trình sau giờ học",
                    zh="课后活动",
                    ar="برامج ما بعد المدرسة",
                ),
            ),
        ],
        allow_other=True,
        min_choices=None,
        max_choices=None,
    ),
    question(
        "single_choice",
        "after-school-ride",
        Text(
            en="Would your child need a ride home to stay for an after-school program?",
            es="¿Necesitaría su hijo o hija transporte a casa para quedarse en un programa después de clases?",
            ht="Èske pitit ou a ta bezwen transpò pou retounen lakay pou l ka rete nan yon pwogram apre lekòl?",
            pt="Seu filho ou filha precisaria de transporte para casa para ficar em uma atividade depois das aulas?",
            vi="Con quý vị có cần được đưa về nhà để có thể ở lại tham gia chương trình sau giờ học không?",
            zh="如果孩子留校参加课后活动，是否需要有人接送回家？",
            ar="هل سيحتاج طفلك إلى توصيله إلى المنزل ليبقى في برنامج ما بعد المدرسة؟",
        ),
        show_if=condition("more-of", "includes", "after-school"),
        choices=[("yes", YES), ("no", NO), ("sometimes", SOMETIMES)],
        allow_other=False,
    ),
    question(
        "short_text",
        "one-change",
        Text(
            en="If you could change one thing at your child's school tomorrow, what would it be?",
            es="Si mañana pudiera cambiar una sola cosa en la escuela de su hijo o hija, ¿cuál sería?",
            ht="Si ou te ka chanje yon sèl bagay nan lekòl pitit ou a demen, kisa li ta ye?",
            pt="Se você pudesse mudar uma única coisa na escola do seu filho ou filha amanhã, o que seria?",
            vi="Nếu ngày mai có thể thay đổi một điều ở trường của con, quý vị sẽ thay đổi điều gì?",
            zh="如果明天能改变孩子学校的一件事，您会改变什么？",
            ar="لو استطعت أن تغيّر شيئًا واحدًا في مدرسة طفلك غدًا، فماذا سيكون؟",
        ),
        max_length=200,
    ),
    question(
        "date",
        "last-talk",
        Text(
            en="When did you last talk with one of your child's teachers?",
            es="¿Cuándo habló por última vez con alguno de los maestros de su hijo o hija?",
            ht="Ki dènye fwa ou te pale ak youn nan pwofesè pitit ou a?",
            pt="Quando você falou pela última vez com um dos professores do seu filho ou filha?",
            vi="Lần gần nhất quý vị nói chuyện với một giáo viên của con là khi nào?",
            zh="您最近一次与孩子的老师交谈是什么时候？",
            ar="متى تحدثت آخر مرة مع أحد معلمي طفلك؟",
        ),
        help_text=Text(
            en="An approximate date is fine. Leave it empty if you have not talked yet.",
            es="Basta con una fecha aproximada. Déjelo en blanco si todavía no ha hablado con ninguno.",
            ht="Yon dat apeprè bon. Kite l vid si ou poko pale ak youn.",
            pt="Uma data aproximada serve. Deixe em branco se ainda não falou com nenhum.",
            vi="Ngày gần đúng cũng được. Để trống nếu quý vị chưa nói chuyện lần nào.",
            zh="大概的日期即可。如果还没有交谈过，请留空。",
            ar="يكفي تاريخ تقريبي. اترك الخانة فارغة إن لم تتحدث مع أحدهم بعد.",
        ),
    ),
    question(
        "long_text",
        "anything-else",
        Text(
            en="Is there anything else you would like educators to know?",
            es="¿Hay algo más que le gustaría que supieran los educadores?",
            ht="Èske gen lòt bagay ou ta renmen edikatè yo konnen?",
            pt="Há mais alguma coisa que você gostaria que os educadores soubessem?",
            vi="Quý vị có muốn các nhà giáo biết thêm điều gì khác không?",
            zh="您还有什么想让教育工作者知道的吗？",
            ar="هل هناك أي شيء آخر تودّ أن يعرفه المعلمون؟",
        ),
        help_text=Text(
            en="Please do not write the names of students or staff.",
            es="Por favor, no escriba nombres de estudiantes ni del personal.",
            ht="Tanpri pa ekri non elèv oswa non anplwaye.",
            pt="Por favor, não escreva nomes de alunos nem de funcionários.",
            vi="Xin đừng ghi tên học sinh hoặc nhân viên.",
            zh="请不要写学生或教职员工的姓名。",
            ar="يُرجى عدم كتابة أسماء الطلاب أو الموظفين.",
        ),
        max_length=3000,
    ),
]

# What people wrote, by question code and language: the generated responses pick from these in the
# language they answered in.

OPEN_ANSWERS = {
    "one-change": {
        "en": [
            "Fewer students in each class, so the teacher can get to every child.",
            "A nurse in the building every day, not just two mornings a week.",
            "Fix the heating on the third floor before winter.",
            "More recess and more time outside.",
            "A counsellor my son can actually see when he is having a hard time.",
            "Less homework on weekends.",
            "Bring back music class.",
            "Clean bathrooms and water fountains that work.",
            "Tell parents sooner when a child is falling behind.",
            "A crossing guard at the corner by the main entrance.",
        ],
        "es": [
            "Menos estudiantes por clase, para que la maestra pueda atender a cada niño.",
            "Que todas las cartas de la escuela lleguen también en español.",
            "Una enfermera en la escuela todos los días.",
            "Arreglar la calefacción: en invierno los niños pasan frío en el salón.",
            "Más tiempo de recreo y de juego al aire libre.",
            "Un consejero que tenga tiempo para hablar con mi hija.",
            "Que haya intérprete en todas las reuniones con los padres.",
            "Menos tarea los fines de semana.",
            "Baños limpios y con jabón.",
            "Que vuelvan las clases de música y de arte.",
        ],
        "ht": [
            "Mwens elèv nan chak klas pou pwofesè a ka okipe chak timoun.",
            "Pou lekòl la voye nouvèl yo an kreyòl tou.",
            "Yon enfimyè nan lekòl la chak jou.",
            "Ranje chofaj la: timoun yo frèt nan klas la an ivè.",
            "Plis tan pou rekreyasyon deyò.",
            "Yon konseye ki gen tan pale ak pitit mwen.",
            "Yon entèprèt nan tout reyinyon paran yo.",
            "Mwens devwa nan wikenn.",
            "Twalèt ki pwòp.",
            "Fè klas mizik la tounen.",
        ],
        "pt": [
            "Menos alunos por turma, para a professora conseguir dar atenção a cada criança.",
            "Que os bilhetes da escola venham também em português.",
            "Uma enfermeira na escola todos os dias.",
            "Consertar o aquecimento: no inverno as crianças passam frio na sala.",
            "Mais tempo de recreio ao ar livre.",
            "Um orientador com tempo para conversar com meu filho.",
            "Intérprete em todas as reuniões de pais.",
            "Menos lição de casa no fim de semana.",
            "Banheiros limpos e com sabonete.",
            "A volta das aulas de música.",
        ],
        "vi": [
            "Giảm sĩ số lớp để cô giáo có thể quan tâm đến từng em.",
            "Gửi thông báo của trường bằng tiếng Việt.",
            "Có y tá ở trường mỗi ngày.",
            "Sửa hệ thống sưởi: mùa đông các cháu bị lạnh trong lớp.",
            "Thêm giờ ra chơi ngoài trời.",
            "Có chuyên viên tư vấn đủ thời gian nói chuyện với con tôi.",
            "Có thông dịch viên trong tất cả các buổi họp phụ huynh.",
            "Bớt bài tập vào cuối tuần.",
            "Nhà vệ sinh sạch sẽ.",
            "Mở lại lớp âm nhạc.",
        ],
        "zh-hans": [
            "减少每班人数，让老师能照顾到每个孩子。",
            "学校的通知也能用中文发送。",
            "学校每天都有护士。",
            "修好暖气：冬天孩子们在教室里很冷。",
            "多一些户外活动和课间休息时间。",
            "有一位有时间和我孩子谈心的辅导员。",
            "每次家长会都有翻译。",
            "周末少留些作业。",
            "厕所保持干净。",
            "恢复音乐课。",
        ],
        "ar": [
            "عدد أقل من الطلاب في كل فصل حتى يتمكن المعلم من الاهتمام بكل طفل.",
            "أن تصلنا رسائل المدرسة باللغة العربية أيضًا.",
            "ممرضة في المدرسة كل يوم.",
            "إصلاح التدفئة، فالأطفال يشعرون بالبرد في الفصل شتاءً.",
            "وقت أطول للاستراحة واللعب في الهواء الطلق.",
            "مرشد لديه وقت للحديث مع ابني.",
            "مترجم في كل اجتماعات أولياء الأمور.",
            "واجبات أقل في عطلة نهاية الأسبوع.",
            "دورات مياه نظيفة.",
            "عودة حصص الموسيقى.",
        ],
    },
    "anything-else": {
        "en": [
            "The teachers work very hard and my daughter loves her class, but they need more help in the room.",
            "We waited five months for my son's evaluation. Families should not have to fight this hard.",
            "Thank you for asking families. Nobody has asked us before.",
            "The bus is often late, so my child misses breakfast at school.",
            "Please keep the after-school program. Without it I cannot work full time.",
            "Our school lost three teachers this year and the children feel it.",
            "I would come to more meetings if they were in the evening.",
            "The roof has leaked for two years and nothing has changed.",
        ],
        "es": [
            "Los maestros trabajan muchísimo y a mi hija le encanta su clase, pero necesitan más ayuda en el salón.",
            "Esperamos cinco meses para la evaluación de mi hijo. Las familias no deberían tener que luchar tanto.",
            "Gracias por preguntarnos. Nadie nos había preguntado antes.",
            "El autobús llega tarde muchas veces y mi hijo se queda sin desayuno en la escuela.",
            "Por favor, mantengan el programa después de clases. Sin él no puedo trabajar a tiempo completo.",
            "Nuestra escuela perdió tres maestros este año y los niños lo notan.",
            "Iría a más reuniones si fueran por la tarde y con intérprete.",
            "Cuando llamo a la escuela casi nunca hay alguien que hable español.",
        ],
        "ht": [
            "Pwofesè yo travay anpil e pitit fi m nan renmen klas li, men yo bezwen plis èd nan klas la.",
            "Nou te tann senk mwa pou evalyasyon pitit gason m nan. Fanmi yo pa ta dwe oblije goumen konsa.",
            "Mèsi paske nou mande fanmi yo sa yo panse. Pèsonn pa t janm mande nou anvan.",
            "Otobis la souvan an reta, kidonk pitit mwen rate manje maten lekòl la.",
            "Tanpri kenbe pwogram apre lekòl la. San li, mwen pa ka travay aplentan.",
            "Lekòl nou an pèdi twa pwofesè ane sa a e timoun yo santi sa.",
            "M ta vin nan plis reyinyon si yo te fèt aswè ak yon entèprèt.",
            "Lè m rele lekòl la, prèske pa janm gen moun ki pale kreyòl.",
        ],
        "pt": [
            "Os professores trabalham muito e minha filha adora a turma, mas eles precisam de mais ajuda na sala.",
            "Esperamos cinco meses pela avaliação do meu filho. As famílias não deveriam ter que lutar tanto.",
            "Obrigada por perguntarem às famílias. Ninguém tinha perguntado antes.",
            "O ônibus atrasa muito e meu filho perde o café da manhã na escola.",
            "Por favor, mantenham as atividades depois das aulas. Sem elas não consigo trabalhar o dia todo.",
            "Nossa escola perdeu três professores este ano e as crianças sentem isso.",
            "Eu iria a mais reuniões se fossem à noite e com intérprete.",
            "Quando ligo para a escola quase nunca há alguém que fale português.",
        ],
        "vi": [
            "Các thầy cô làm việc rất vất vả và con gái tôi rất thích lớp học, nhưng lớp cần thêm người hỗ trợ.",
            "Chúng tôi đã chờ năm tháng để con trai được đánh giá. Gia đình không nên phải vất vả đến vậy.",
            "Cảm ơn vì đã hỏi ý kiến các gia đình. Trước đây chưa ai hỏi chúng tôi.",
            "Xe buýt thường đến muộn nên con tôi lỡ bữa sáng ở trường.",
            "Xin hãy giữ chương trình sau giờ học. Không có nó tôi không thể làm việc toàn thời gian.",
            "Năm nay trường mất ba giáo viên và các cháu cảm nhận rõ điều đó.",
            "Tôi sẽ đi họp nhiều hơn nếu các buổi họp vào buổi tối và có thông dịch viên.",
            "Khi tôi gọi điện đến trường, hầu như không có ai nói tiếng Việt.",
        ],
        "zh-hans": [
            "老师们非常辛苦，我女儿也很喜欢她的班级，但教室里需要更多帮手。",
            "我们等了五个月才等到儿子的评估。家长不应该这么辛苦地争取。",
            "谢谢你们来问家长的意见，以前从来没有人问过我们。",
            "校车经常迟到，孩子因此赶不上学校的早餐。",
            "请保留课后活动。没有它，我无法全职工作。",
            "我们学校今年走了三位老师，孩子们感受很明显。",
            "如果会议安排在晚上并且有翻译，我会更常参加。",
            "我打电话到学校时，几乎没有人会说中文。",
        ],
        "ar": [
            "المعلمون يعملون بجد كبير وابنتي تحب فصلها، لكنهم يحتاجون إلى مزيد من المساعدة داخل الفصل.",
            "انتظرنا خمسة أشهر لتقييم ابني. لا ينبغي أن تضطر الأسر إلى كل هذا العناء.",
            "شكرًا لأنكم تسألون الأسر. لم يسألنا أحد من قبل.",
            "الحافلة تتأخر كثيرًا، فيفوت طفلي الفطور في المدرسة.",
            "أرجو أن تحافظوا على برنامج ما بعد المدرسة، فمن دونه لا أستطيع العمل بدوام كامل.",
            "فقدت مدرستنا ثلاثة معلمين هذا العام والأطفال يشعرون بذلك.",
            "كنت سأحضر اجتماعات أكثر لو كانت في المساء ومعها مترجم.",
            "عندما أتصل بالمدرسة لا أجد تقريبًا أحدًا يتحدث العربية.",
        ],
    },
}

# "Other (please specify)" answers, by question code and language.
OTHER_ANSWERS = {
    "services": {
        "en": ["Vision services", "Reading help from a specialist", "A behaviour plan"],
        "es": ["Servicios para la vista", "Apoyo de lectura con una especialista", "Un plan de conducta"],
        "ht": ["Sèvis pou je", "Èd nan lekti ak yon espesyalis", "Yon plan pou konpòtman"],
        "pt": ["Atendimento para deficiência visual", "Apoio de leitura com especialista", "Um plano de comportamento"],
        "vi": ["Dịch vụ hỗ trợ thị lực", "Hỗ trợ đọc với chuyên viên", "Kế hoạch hỗ trợ hành vi"],
        "zh-hans": ["视力服务", "阅读专家辅导", "行为支持计划"],
        "ar": ["خدمات البصر", "دعم في القراءة مع أخصائي", "خطة لدعم السلوك"],
    },
    "staff-needed": {
        "en": ["A bilingual teacher", "A full-time gym teacher", "More bus monitors"],
        "es": [
            "Un maestro bilingüe",
            "Un maestro de educación física a tiempo completo",
            "Más monitores en el autobús",
        ],
        "ht": ["Yon pwofesè ki pale de lang", "Yon pwofesè edikasyon fizik aplentan", "Plis moun pou siveye otobis yo"],
        "pt": [
            "Um professor bilíngue",
            "Um professor de educação física em tempo integral",
            "Mais monitores no ônibus",
        ],
        "vi": ["Một giáo viên song ngữ", "Một giáo viên thể dục toàn thời gian", "Thêm người giám sát trên xe buýt"],
        "zh-hans": ["一位双语老师", "一位全职体育老师", "更多校车看护员"],
        "ar": ["معلم ثنائي اللغة", "معلم تربية بدنية بدوام كامل", "مزيد من المشرفين في الحافلات"],
    },
    "more-of": {
        "en": ["Chess club", "Cooking and gardening", "Swimming lessons"],
        "es": ["Club de ajedrez", "Cocina y huerto escolar", "Clases de natación"],
        "ht": ["Klib echèk", "Kizin ak jaden", "Leson naje"],
        "pt": ["Clube de xadrez", "Culinária e horta", "Aulas de natação"],
        "vi": ["Câu lạc bộ cờ vua", "Nấu ăn và làm vườn", "Học bơi"],
        "zh-hans": ["国际象棋社", "烹饪和园艺", "游泳课"],
        "ar": ["نادي الشطرنج", "الطبخ والزراعة", "دروس السباحة"],
    },
    "home-language": {
        "en": ["Somali", "French", "American Sign Language"],
        "es": ["Somalí", "Francés", "Lengua de señas americana"],
        "ht": ["Somali", "Franse", "Lang siy ameriken"],
        "pt": ["Somali", "Francês", "Língua de sinais americana"],
        "vi": ["Tiếng Somali", "Tiếng Pháp", "Ngôn ngữ ký hiệu Mỹ"],
        "zh-hans": ["索马里语", "法语", "美国手语"],
        "ar": ["الصومالية", "الفرنسية", "لغة الإشارة الأمريكية"],
    },
}

# The few people who left their name to be contacted again, by the language they answered in.
CONTACT_NAMES = {
    "en": ["Dana Whitfield", "Marcus Reed", "Erin Kowalski"],
    "es": ["María Fernanda López", "José Ramírez", "Carmen Ortiz"],
    "ht": ["Nadège Pierre", "Jean-Robert Joseph"],
    "pt": ["Ana Paula Souza", "Rodrigo Almeida"],
    "vi": ["Nguyễn Thị Lan", "Trần Văn Minh"],
    "zh-hans": ["陈美玲", "王建华"],
    "ar": ["فاطمة حسن", "أحمد يوسف"],
}
