"""The collective bargaining agreement in force: ten articles of numbered sections.

Article and section numbers are the anchors of the page (``article-12``, ``section-12-1``): they
are the same in every language.
"""

import datetime

from home.demo.spec import PageSpec, RichText, Text, list_items, stream_blocks

from .proposals import TOPICS

TOPIC_NAMES = {topic.slug: topic.name for topic in TOPICS}


def article(number, title, *sections):
    return (
        "article",
        {
            "number": Text.same(number),
            "title": title,
            "sections": list_items(list(sections), f"agreement/article-{number}/sections"),
        },
    )


def section(number, title, text):
    return {"number": Text.same(number), "title": title, "text": RichText(text)}


ARTICLES = [
    article(
        "1",
        Text(
            en="Recognition",
            es="Reconocimiento",
            ht="Rekonesans",
            pt="Reconhecimento",
            vi="Công nhận",
            zh="承认",
            ar="الاعتراف",
        ),
        section(
            "1.1",
            Text(
                en="Bargaining unit",
                es="Unidad de negociación",
                ht="Inite negosyasyon",
                pt="Unidade de negociação",
                vi="Đơn vị thương lượng",
                zh="谈判单位",
                ar="الوحدة التفاوضية",
            ),
            Text(
                en="The district recognizes the union as the sole bargaining representative of all teachers, "
                "counselors, nurses, social workers, therapists and paraprofessionals it employs, whether in "
                "traditional schools or in alternative, early childhood, hospital and home instruction programs.",
                es="El distrito reconoce al sindicato como único representante en la negociación de todos los "
                "docentes, consejeros, enfermeras, trabajadores sociales, terapeutas y auxiliares docentes que "
                "emplea, ya sea en escuelas tradicionales o en programas alternativos, de primera infancia, de "
                "enseñanza hospitalaria y a domicilio.",
                ht="Distri a rekonèt sendika a kòm sèl reprezantan nan negosyasyon pou tout pwofesè, konseye, "
                "enfimyè, travayè sosyal, terapis ak asistan pedagojik li anplwaye, kit se nan lekòl tradisyonèl, "
                "kit se nan pwogram altènatif, pwogram pou timoun piti, klas nan lopital oswa lakay.",
                pt="O distrito reconhece o sindicato como único representante na negociação de todos os professores, "
                "orientadores, enfermeiros, assistentes sociais, terapeutas e auxiliares que emprega, seja em "
                "escolas tradicionais, seja em programas alternativos, de educação infantil, de ensino hospitalar ou "
                "domiciliar.",
                vi="Học khu công nhận công đoàn là đại diện thương lượng duy nhất của toàn bộ giáo viên, chuyên viên "
                "tư vấn, y tá, nhân viên xã hội, chuyên viên trị liệu và trợ giảng do học khu tuyển dụng, dù làm việc "
                "tại trường truyền thống hay trong các chương trình thay thế, mầm non, dạy học tại bệnh viện và tại "
                "nhà.",
                zh="学区承认工会为其聘用的全体教师、辅导员、护士、社工、治疗师和助教的唯一谈判代表，无论其任职于传统学校，"
                "还是替代教育、幼儿教育、医院教学或居家教学项目。",
                ar="تعترف المنطقة التعليمية بالنقابة ممثلًا تفاوضيًا وحيدًا لجميع من توظّفهم من معلمين ومرشدين "
                "وممرضين وأخصائيين اجتماعيين ومعالجين ومساعدين تربويين، سواء في المدارس التقليدية أو في البرامج "
                "البديلة وبرامج الطفولة المبكرة والتعليم في المستشفيات والمنازل.",
            ),
        ),
        section(
            "1.2",
            Text(
                en="New positions",
                es="Puestos nuevos",
                ht="Nouvo pòs",
                pt="Novos cargos",
                vi="Vị trí mới",
                zh="新设职位",
                ar="الوظائف الجديدة",
            ),
            Text(
                en="When the district creates a new position whose duties are similar to those of the bargaining "
                "unit, it shall notify the union in writing within ten days, and the parties shall meet to agree on "
                "its placement.",
                es="Cuando el distrito cree un puesto nuevo con funciones similares a las de la unidad de negociación, "
                "lo notificará por escrito al sindicato en un plazo de diez días, y las partes se reunirán para "
                "acordar su inclusión.",
                ht="Lè distri a kreye yon nouvo pòs ki gen travay ki sanble ak travay inite negosyasyon an, li dwe "
                "avèti sendika a alekri nan dis jou, epi de pati yo dwe rankontre pou yo dakò sou kote pòs la ap "
                "ye.",
                pt="Quando o distrito criar um novo cargo com funções semelhantes às da unidade de negociação, "
                "notificará o sindicato por escrito em até dez dias, e as partes se reunirão para acordar o seu "
                "enquadramento.",
                vi="Khi học khu tạo ra một vị trí mới có nhiệm vụ tương tự các vị trí thuộc đơn vị thương lượng, học "
                "khu phải thông báo bằng văn bản cho công đoàn trong vòng mười ngày, và hai bên sẽ họp để thống nhất "
                "việc xếp vị trí đó.",
                zh="学区设立职责与谈判单位相近的新职位时，应在十日内书面通知工会，双方应会商确定该职位的归属。",
                ar="إذا استحدثت المنطقة التعليمية وظيفة جديدة تشبه مهامها مهام الوحدة التفاوضية، تُخطر النقابة كتابةً "
                "خلال عشرة أيام، ويجتمع الطرفان للاتفاق على تصنيفها.",
            ),
        ),
    ),
    article(
        "3",
        Text(
            en="Union rights",
            es="Derechos sindicales",
            ht="Dwa sendika a",
            pt="Direitos sindicais",
            vi="Quyền của công đoàn",
            zh="工会权利",
            ar="الحقوق النقابية",
        ),
        section(
            "3.1",
            Text(
                en="Access to schools",
                es="Acceso a las escuelas",
                ht="Aksè nan lekòl yo",
                pt="Acesso às escolas",
                vi="Quyền vào trường",
                zh="进入学校",
                ar="دخول المدارس",
            ),
            Text(
                en="Union representatives may visit any school to meet with members before or after the student day "
                "and during members' breaks, after signing in at the office.",
                es="Los representantes sindicales podrán visitar cualquier escuela para reunirse con los miembros "
                "antes o después de la jornada estudiantil y durante los descansos de los miembros, tras registrarse "
                "en la oficina.",
                ht="Reprezantan sendika yo ka vizite nenpòt lekòl pou rankontre manm yo anvan oswa apre jounen elèv "
                "yo ak pandan poz manm yo, apre yo fin siyen nan biwo a.",
                pt="Os representantes sindicais poderão visitar qualquer escola para se reunir com os associados antes "
                "ou depois do horário dos estudantes e durante os intervalos dos associados, após se identificarem "
                "na secretaria.",
                vi="Đại diện công đoàn được đến bất kỳ trường nào để gặp các thành viên trước hoặc sau giờ học của học "
                "sinh và trong giờ nghỉ của thành viên, sau khi đăng ký tại văn phòng.",
                zh="工会代表在办公室登记后，可在学生在校时段之前或之后以及会员休息期间，前往任何学校与会员会面。",
                ar="يجوز لممثلي النقابة زيارة أي مدرسة للقاء الأعضاء قبل اليوم الدراسي للطلاب أو بعده وخلال استراحات "
                "الأعضاء، بعد تسجيل الحضور في المكتب.",
            ),
        ),
        section(
            "3.2",
            Text(
                en="Information for new members",
                es="Información para los miembros nuevos",
                ht="Enfòmasyon pou nouvo manm yo",
                pt="Informações para novos associados",
                vi="Thông tin cho thành viên mới",
                zh="新会员信息",
                ar="معلومات للأعضاء الجدد",
            ),
            Text(
                en="The district shall give the union the name, school and work e-mail of each new employee within ten "
                "days of hire, and thirty minutes during orientation to welcome them.",
                es="El distrito entregará al sindicato el nombre, la escuela y el correo electrónico de trabajo de "
                "cada nuevo empleado en un plazo de diez días desde su contratación, y treinta minutos durante la "
                "orientación para darle la bienvenida.",
                ht="Distri a dwe bay sendika a non, lekòl ak imèl travay chak nouvo anplwaye nan dis jou apre yo "
                "anboche l, ak trant minit pandan oryantasyon an pou akeyi yo.",
                pt="O distrito fornecerá ao sindicato o nome, a escola e o e-mail de trabalho de cada novo empregado "
                "em até dez dias após a contratação, e trinta minutos durante a integração para recebê-los.",
                vi="Học khu phải cung cấp cho công đoàn họ tên, trường và địa chỉ email công việc của mỗi nhân viên "
                "mới trong vòng mười ngày kể từ khi tuyển dụng, và dành ba mươi phút trong buổi định hướng để công "
                "đoàn chào đón họ.",
                zh="学区应在新员工入职后十日内，向工会提供其姓名、所在学校和工作电子邮箱，并在入职培训中留出三十分钟供工会致欢迎辞。",
                ar="تزوّد المنطقة التعليمية النقابة باسم كل موظف جديد ومدرسته وبريده الإلكتروني الخاص بالعمل خلال "
                "عشرة أيام من تعيينه، وتمنحها ثلاثين دقيقة خلال برنامج التعريف للترحيب بهم.",
            ),
        ),
    ),
    article(
        "5",
        Text(
            en="Grievance procedure",
            es="Procedimiento de quejas",
            ht="Pwosedi plent",
            pt="Procedimento de reclamação",
            vi="Thủ tục khiếu nại",
            zh="申诉程序",
            ar="إجراءات التظلّم",
        ),
        section(
            "5.1",
            Text(
                en="Definition",
                es="Definición",
                ht="Definisyon",
                pt="Definição",
                vi="Định nghĩa",
                zh="定义",
                ar="التعريف",
            ),
            Text(
                en="A grievance is a claim that this agreement has been violated, misinterpreted or misapplied. A "
                "grievance may be filed by a member or by the union.",
                es="Una queja es una reclamación de que este contrato ha sido incumplido, mal interpretado o mal "
                "aplicado. Puede presentarla un miembro o el sindicato.",
                ht="Yon plent se yon reklamasyon ki di yo vyole akò sa a, yo entèprete l mal oswa yo aplike l mal. Yon "
                "manm oswa sendika a ka depoze yon plent.",
                pt="Uma reclamação é a alegação de que este acordo foi violado, mal interpretado ou mal aplicado. Pode "
                "ser apresentada por um associado ou pelo sindicato.",
                vi="Khiếu nại là việc cho rằng thỏa ước này bị vi phạm, bị hiểu sai hoặc bị áp dụng sai. Khiếu nại có "
                "thể do một thành viên hoặc do công đoàn nộp.",
                zh="申诉是指主张本协议遭到违反、误解或误用。申诉可由会员或工会提出。",
                ar="التظلّم ادعاء بأن هذه الاتفاقية انتُهكت أو أُسيء تفسيرها أو تطبيقها. ويجوز أن يقدّمه عضو أو النقابة.",
            ),
        ),
        section(
            "5.2",
            Text(en="Time limits", es="Plazos", ht="Delè", pt="Prazos", vi="Thời hạn", zh="时限", ar="المهل الزمنية"),
            Text(
                en="The principal shall answer a grievance in writing within ten school days. The superintendent shall "
                "answer an appeal within fifteen school days. When an answer is late, the union may move to the next "
                "step.",
                es="El director responderá por escrito a una queja en un plazo de diez días lectivos. El "
                "superintendente responderá a una apelación en un plazo de quince días lectivos. Si una respuesta "
                "llega tarde, el sindicato podrá pasar a la siguiente etapa.",
                ht="Direktè lekòl la dwe reponn yon plent alekri nan dis jou lekòl. Sirentandan an dwe reponn yon apèl "
                "nan kenz jou lekòl. Lè yon repons an reta, sendika a ka pase nan pwochen etap la.",
                pt="O diretor responderá por escrito a uma reclamação em até dez dias letivos. O superintendente "
                "responderá a um recurso em até quinze dias letivos. Quando uma resposta atrasar, o sindicato poderá "
                "passar à etapa seguinte.",
                vi="Hiệu trưởng phải trả lời khiếu nại bằng văn bản trong vòng mười ngày học. Tổng giám đốc học khu "
                "phải trả lời đơn kháng nghị trong vòng mười lăm ngày học. Khi câu trả lời bị chậm, công đoàn được "
                "chuyển sang bước tiếp theo.",
                zh="校长应在十个教学日内书面答复申诉。学监应在十五个教学日内答复上诉。答复逾期的，工会可进入下一步程序。",
                ar="يردّ مدير المدرسة على التظلّم كتابةً خلال عشرة أيام دراسية، ويردّ المشرف العام على الاستئناف خلال "
                "خمسة عشر يومًا دراسيًا. وإذا تأخر الرد، يحق للنقابة الانتقال إلى المرحلة التالية.",
            ),
        ),
        section(
            "5.3",
            Text(
                en="Arbitration", es="Arbitraje", ht="Abitraj", pt="Arbitragem", vi="Trọng tài", zh="仲裁", ar="التحكيم"
            ),
            Text(
                en="If the grievance is not resolved, the union may submit it to an arbitrator chosen by the parties. "
                "The arbitrator's decision shall be final and binding.",
                es="Si la queja no se resuelve, el sindicato podrá someterla a un árbitro elegido por las partes. La "
                "decisión del árbitro será definitiva y vinculante.",
                ht="Si plent lan pa rezoud, sendika a ka soumèt li bay yon abit de pati yo chwazi. Desizyon abit la se "
                "desizyon final, e tout pati yo oblije respekte l.",
                pt="Se a reclamação não for resolvida, o sindicato poderá submetê-la a um árbitro escolhido pelas "
                "partes. A decisão do árbitro será final e vinculante.",
                vi="Nếu khiếu nại không được giải quyết, công đoàn có thể đưa vụ việc ra một trọng tài viên do hai bên "
                "lựa chọn. Quyết định của trọng tài viên là chung thẩm và có giá trị ràng buộc.",
                zh="申诉未能解决的，工会可将其提交双方选定的仲裁员。仲裁员的裁决为终局裁决，具有约束力。",
                ar="إذا لم يُحسم التظلّم، يجوز للنقابة إحالته إلى محكّم يختاره الطرفان، ويكون قرار المحكّم نهائيًا وملزمًا.",
            ),
        ),
    ),
    article(
        "8",
        Text(
            en="Hours and preparation time",
            es="Horario y tiempo de preparación",
            ht="Orè ak tan preparasyon",
            pt="Jornada e tempo de preparação",
            vi="Giờ làm việc và thời gian chuẩn bị",
            zh="工作时间与备课时间",
            ar="ساعات العمل ووقت التحضير",
        ),
        section(
            "8.1",
            Text(
                en="The workday",
                es="La jornada laboral",
                ht="Jounen travay la",
                pt="A jornada de trabalho",
                vi="Ngày làm việc",
                zh="工作日",
                ar="يوم العمل",
            ),
            Text(
                en="The workday shall be seven hours, including a duty-free lunch of at least thirty minutes.",
                es="La jornada laboral será de siete horas, incluido un almuerzo libre de obligaciones de al menos "
                "treinta minutos.",
                ht="Jounen travay la ap dire sèt èdtan, avèk yon poz manje midi san okenn travay ki dire omwen trant "
                "minit.",
                pt="A jornada de trabalho será de sete horas, incluindo um almoço livre de tarefas de pelo menos "
                "trinta minutos.",
                vi="Ngày làm việc kéo dài bảy giờ, bao gồm giờ ăn trưa không phải làm nhiệm vụ ít nhất ba mươi phút.",
                zh="每个工作日为七小时，其中包括至少三十分钟不承担任何工作任务的午餐时间。",
                ar="يكون يوم العمل سبع ساعات، تشمل استراحة غداء خالية من المهام لا تقل عن ثلاثين دقيقة.",
            ),
        ),
        section(
            "8.2",
            Text(
                en="Preparation periods",
                es="Períodos de preparación",
                ht="Peryòd preparasyon",
                pt="Períodos de preparação",
                vi="Tiết chuẩn bị",
                zh="备课时段",
                ar="حصص التحضير",
            ),
            Text(
                en="Each teacher shall have at least five preparation periods of forty-five minutes each week, which "
                "shall not be taken for coverage or meetings except in an emergency.",
                es="Cada docente tendrá al menos cinco períodos de preparación de cuarenta y cinco minutos por semana, "
                "que no podrán destinarse a suplencias ni reuniones salvo en caso de emergencia.",
                ht="Chak pwofesè dwe gen omwen senk peryòd preparasyon karannsenk minit chak semèn, yo pa ka pran pou "
                "ranplase yon lòt moun oswa pou reyinyon, sof nan ka ijans.",
                pt="Cada professor terá pelo menos cinco períodos de preparação de quarenta e cinco minutos por "
                "semana, que não poderão ser usados para substituições ou reuniões, salvo em emergência.",
                vi="Mỗi giáo viên có ít nhất năm tiết chuẩn bị, mỗi tiết bốn mươi lăm phút mỗi tuần, và không bị lấy "
                "để dạy thay hay họp, trừ trường hợp khẩn cấp.",
                zh="每位教师每周至少有五个各四十五分钟的备课时段，除紧急情况外，不得被占用于代课或开会。",
                ar="يحصل كل معلم أسبوعيًا على خمس حصص تحضير على الأقل مدة كل منها خمس وأربعون دقيقة، ولا تُستخدم "
                "للتغطية أو للاجتماعات إلا في حالات الطوارئ.",
            ),
        ),
        section(
            "8.4",
            Text(
                en="Preparation days (added June 2026)",
                es="Días de preparación (añadido en junio de 2026)",
                ht="Jou preparasyon (ajoute an jen 2026)",
                pt="Dias de preparação (incluído em junho de 2026)",
                vi="Ngày chuẩn bị (bổ sung tháng 6 năm 2026)",
                zh="备课日（2026年6月增补）",
                ar="أيام التحضير (أُضيفت في يونيو 2026)",
            ),
            Text(
                en="Each school year shall include three paid preparation days for teachers before the first day of "
                "classes, free of meetings and training unless the teacher chooses to attend.",
                es="Cada año escolar incluirá tres días de preparación pagados para los docentes antes del primer día "
                "de clases, sin reuniones ni capacitaciones salvo que el docente decida asistir.",
                ht="Chak ane lekòl dwe gen twa jou preparasyon peye pou pwofesè yo anvan premye jou klas la, san "
                "reyinyon ni fòmasyon sof si pwofesè a chwazi patisipe.",
                pt="Cada ano letivo incluirá três dias de preparação remunerados para os professores antes do primeiro "
                "dia de aula, sem reuniões nem formações, a menos que o professor decida participar.",
                vi="Mỗi năm học có ba ngày chuẩn bị có trả lương cho giáo viên trước ngày học đầu tiên, không có cuộc "
                "họp hay buổi tập huấn nào trừ khi giáo viên tự nguyện tham dự.",
                zh="每个学年在开课第一天之前为教师安排三个带薪备课日，除教师自愿参加外，不安排会议或培训。",
                ar="يتضمن كل عام دراسي ثلاثة أيام تحضير مدفوعة الأجر للمعلمين قبل اليوم الأول من الدراسة، دون "
                "اجتماعات أو دورات تدريبية إلا إذا اختار المعلم حضورها.",
            ),
        ),
    ),
    article(
        "12",
        TOPIC_NAMES["class-size"],
        section(
            "12.1",
            Text(en="Limits", es="Límites", ht="Limit", pt="Limites", vi="Giới hạn", zh="上限", ar="الحدود القصوى"),
            Text(
                en="No class shall exceed 24 students in kindergarten through grade 3, 28 students in grades 4 through "
                "8, or 30 students in grades 9 through 12.",
                es="Ningún grupo podrá superar los 24 estudiantes desde kínder hasta 3.er grado, los 28 estudiantes de "
                "4.º a 8.º grado ni los 30 estudiantes de 9.º a 12.º grado.",
                ht="Okenn klas pa dwe gen plis pase 24 elèv depi jadendanfan rive nan 3yèm ane, 28 elèv depi 4yèm rive "
                "nan 8yèm ane, ni 30 elèv depi 9yèm rive nan 12yèm ane.",
                pt="Nenhuma turma poderá ter mais de 24 estudantes do jardim de infância ao 3.º ano, 28 estudantes do "
                "4.º ao 8.º ano ou 30 estudantes do 9.º ao 12.º ano.",
                vi="Không lớp nào được vượt quá 24 học sinh từ mẫu giáo đến lớp 3, 28 học sinh từ lớp 4 đến lớp 8, "
                "hoặc 30 học sinh từ lớp 9 đến lớp 12.",
                zh="幼儿园至三年级每班不得超过24名学生，四年级至八年级每班不得超过28名学生，九年级至十二年级每班不得超过30名学生。",
                ar="لا يجوز أن يتجاوز عدد الطلاب في أي فصل 24 طالبًا من رياض الأطفال حتى الصف الثالث، و28 طالبًا من "
                "الصف الرابع حتى الصف الثامن، و30 طالبًا من الصف التاسع حتى الصف الثاني عشر.",
            ),
        ),
        section(
            "12.2",
            Text(
                en="Oversized classes",
                es="Grupos que superan el límite",
                ht="Klas ki depase limit",
                pt="Turmas acima do limite",
                vi="Lớp vượt sĩ số",
                zh="超额班级",
                ar="الفصول المكتظة",
            ),
            Text(
                en="A teacher whose class exceeds its limit for more than fifteen school days shall receive an aide "
                "for that class or additional pay of $15 per student over the limit for each day.",
                es="Un docente cuyo grupo supere el límite durante más de quince días lectivos recibirá un auxiliar "
                "para ese grupo o un pago adicional de $15 diarios por cada estudiante por encima del límite.",
                ht="Yon pwofesè ki gen yon klas ki depase limit li pandan plis pase kenz jou lekòl dwe resevwa yon "
                "asistan pou klas sa a oswa yon peman anplis $15 pa jou pou chak elèv ki depase limit lan.",
                pt="O professor cuja turma ultrapassar o limite por mais de quinze dias letivos receberá um auxiliar "
                "para essa turma ou um adicional de $15 por dia para cada estudante acima do limite.",
                vi="Giáo viên có lớp vượt sĩ số tối đa trong hơn mười lăm ngày học được bố trí một trợ giảng cho lớp "
                "đó hoặc được trả thêm $15 mỗi ngày cho mỗi học sinh vượt giới hạn.",
                zh="班级人数超出上限超过十五个教学日的，该班教师可获派一名助教，或就超出上限的每名学生每天获得15美元额外报酬。",
                ar="يحصل المعلم الذي يتجاوز فصله الحد الأقصى لأكثر من خمسة عشر يومًا دراسيًا على مساعد لذلك الفصل، أو "
                "على أجر إضافي قدره 15 دولارًا يوميًا عن كل طالب يزيد على الحد.",
            ),
        ),
    ),
    article(
        "14",
        TOPIC_NAMES["special-education"],
        section(
            "14.1",
            Text(
                en="Caseloads",
                es="Cargas de casos",
                ht="Kantite dosye",
                pt="Número de casos",
                vi="Số hồ sơ phụ trách",
                zh="个案量",
                ar="أعداد الحالات",
            ),
            Text(
                en="No special education teacher shall have a caseload of more than 20 students in a resource setting "
                "or more than 12 students in a separate classroom.",
                es="Ningún docente de educación especial tendrá una carga de más de 20 estudiantes en un programa de "
                "apoyo ni de más de 12 estudiantes en un aula separada.",
                ht="Okenn pwofesè edikasyon espesyal pa dwe gen plis pase 20 elèv nan yon pwogram sipò, ni plis pase "
                "12 elèv nan yon salklas apa.",
                pt="Nenhum professor de educação especial terá mais de 20 estudantes em atendimento na sala de "
                "recursos nem mais de 12 estudantes em sala de aula separada.",
                vi="Không giáo viên giáo dục đặc biệt nào phụ trách quá 20 học sinh trong chương trình hỗ trợ hoặc quá "
                "12 học sinh trong lớp học riêng biệt.",
                zh="特殊教育教师在资源教室模式下负责的学生不得超过20人，在独立班级模式下不得超过12人。",
                ar="لا يجوز أن يتولى معلم التربية الخاصة أكثر من 20 طالبًا في برنامج غرفة المصادر، أو أكثر من 12 "
                "طالبًا في فصل منفصل.",
            ),
        ),
        section(
            "14.2",
            Text(
                en="IEP meetings",
                es="Reuniones del IEP",
                ht="Reyinyon IEP",
                pt="Reuniões do IEP",
                vi="Họp IEP",
                zh="IEP会议",
                ar="اجتماعات خطط التعليم الفردية",
            ),
            Text(
                en="IEP meetings shall be held during the workday whenever possible. Teachers shall receive a "
                "substitute or release time to attend them.",
                es="Las reuniones del IEP se celebrarán dentro de la jornada laboral siempre que sea posible. Los "
                "docentes recibirán un suplente o tiempo liberado para asistir.",
                ht="Reyinyon IEP yo dwe fèt pandan jounen travay la chak fwa sa posib. Pwofesè yo dwe jwenn yon "
                "ranplasan oswa tan lib pou yo patisipe.",
                pt="As reuniões do IEP serão realizadas dentro da jornada de trabalho sempre que possível. Os "
                "professores receberão um substituto ou tempo liberado para participar.",
                vi="Các cuộc họp IEP được tổ chức trong ngày làm việc bất cứ khi nào có thể. Giáo viên được bố trí "
                "người dạy thay hoặc được bố trí thời gian để tham dự.",
                zh="IEP会议应尽可能在工作时间内召开。教师参会时应获派代课教师或获准脱岗时间。",
                ar="تُعقد اجتماعات خطط التعليم الفردية خلال يوم العمل كلما أمكن، ويحصل المعلمون على بديل أو وقت متفرغ "
                "لحضورها.",
            ),
        ),
    ),
    article(
        "16",
        Text(
            en="Student support services",
            es="Servicios de apoyo estudiantil",
            ht="Sèvis sipò pou elèv yo",
            pt="Serviços de apoio ao estudante",
            vi="Dịch vụ hỗ trợ học sinh",
            zh="学生支持服务",
            ar="خدمات دعم الطلاب",
        ),
        section(
            "16.1",
            Text(
                en="School nurses",
                es="Enfermería escolar",
                ht="Enfimyè lekòl yo",
                pt="Enfermagem escolar",
                vi="Y tá trường học",
                zh="学校护士",
                ar="ممرضو المدارس",
            ),
            Text(
                en="The district shall assign a registered nurse to each school at least three days each week. A nurse "
                "shall not be assigned to more than two schools.",
                es="El distrito asignará una enfermera titulada a cada escuela al menos tres días por semana. Ninguna "
                "enfermera será asignada a más de dos escuelas.",
                ht="Distri a dwe mete yon enfimyè diplome nan chak lekòl omwen twa jou chak semèn. Yo pa dwe bay yon "
                "enfimyè plis pase de lekòl.",
                pt="O distrito designará um enfermeiro registrado para cada escola pelo menos três dias por semana. "
                "Nenhum enfermeiro será designado para mais de duas escolas.",
                vi="Học khu phải bố trí y tá có giấy phép hành nghề cho mỗi trường ít nhất ba ngày mỗi tuần. Không y "
                "tá nào bị phân công phụ trách quá hai trường.",
                zh="学区应为每所学校安排注册护士，每周至少三天在岗。每名护士负责的学校不得超过两所。",
                ar="تعيّن المنطقة التعليمية ممرضًا مرخّصًا لكل مدرسة ثلاثة أيام في الأسبوع على الأقل، ولا يُكلَّف ممرض "
                "بأكثر من مدرستين.",
            ),
        ),
        section(
            "16.2",
            Text(
                en="Counselors and social workers",
                es="Consejeros y trabajadores sociales",
                ht="Konseye ak travayè sosyal",
                pt="Orientadores e assistentes sociais",
                vi="Chuyên viên tư vấn và nhân viên xã hội",
                zh="辅导员与社工",
                ar="المرشدون والأخصائيون الاجتماعيون",
            ),
            Text(
                en="The district shall aim for no more than 400 students for each counselor and shall report the ratio "
                "at each school to the union every October.",
                es="El distrito procurará que no haya más de 400 estudiantes por consejero e informará al sindicato "
                "cada octubre de la proporción en cada escuela.",
                ht="Distri a dwe fè efò pou pa gen plis pase 400 elèv pou chak konseye, epi chak mwa oktòb li dwe bay "
                "sendika a rapò sou kantite elèv pou chak konseye nan chak lekòl.",
                pt="O distrito buscará ter no máximo 400 estudantes por orientador e informará ao sindicato, todo mês "
                "de outubro, a proporção em cada escola.",
                vi="Học khu phấn đấu để mỗi chuyên viên tư vấn phụ trách không quá 400 học sinh và phải báo cáo tỷ lệ "
                "này tại từng trường cho công đoàn vào tháng Mười hằng năm.",
                zh="学区应力争每名辅导员负责的学生不超过400人，并于每年十月向工会报告各校的配比。",
                ar="تسعى المنطقة التعليمية إلى ألا يزيد عدد الطلاب على 400 طالب لكل مرشد، وتُبلغ النقابة في أكتوبر من "
                "كل عام بالنسبة في كل مدرسة.",
            ),
        ),
    ),
    article(
        "18",
        Text(
            en="School climate and discipline",
            es="Clima escolar y disciplina",
            ht="Anbyans lekòl ak disiplin",
            pt="Clima escolar e disciplina",
            vi="Môi trường học đường và kỷ luật",
            zh="校园氛围与纪律",
            ar="المناخ المدرسي والانضباط",
        ),
        section(
            "18.1",
            Text(
                en="Safe and supportive schools",
                es="Escuelas seguras y acogedoras",
                ht="Lekòl ki an sekirite e ki bay sipò",
                pt="Escolas seguras e acolhedoras",
                vi="Trường học an toàn và hỗ trợ",
                zh="安全且支持性的学校",
                ar="مدارس آمنة وداعمة",
            ),
            Text(
                en="Each school shall have a climate team of educators, families and students that reviews discipline "
                "data every semester and proposes ways to keep students in class.",
                es="Cada escuela tendrá un equipo de clima escolar, formado por educadores, familias y estudiantes, "
                "que revisará cada semestre los datos de disciplina y propondrá formas de mantener a los estudiantes "
                "en clase.",
                ht="Chak lekòl dwe gen yon ekip anbyans ki gen edikatè, fanmi ak elèv, ki egzamine done sou disiplin "
                "chak semès epi ki pwopoze mwayen pou kenbe elèv yo nan klas.",
                pt="Cada escola terá uma equipe de clima escolar, formada por educadores, famílias e estudantes, que "
                "analisará os dados de disciplina a cada semestre e proporá formas de manter os estudantes em sala.",
                vi="Mỗi trường phải có một nhóm về môi trường học đường gồm nhà giáo, phụ huynh và học sinh, xem xét "
                "số liệu kỷ luật mỗi học kỳ và đề xuất các cách giữ học sinh ở lại lớp.",
                zh="每所学校应设立由教育工作者、家长和学生组成的校园氛围小组，每学期审查纪律数据，并提出让学生留在课堂的办法。",
                ar="يكون لكل مدرسة فريق للمناخ المدرسي يضم معلمين وأسرًا وطلابًا، يراجع بيانات الانضباط كل فصل دراسي "
                "ويقترح سبلًا لإبقاء الطلاب في الفصول.",
            ),
        ),
        section(
            "18.2",
            Text(
                en="Support for educators",
                es="Apoyo a los educadores",
                ht="Sipò pou edikatè yo",
                pt="Apoio aos educadores",
                vi="Hỗ trợ nhà giáo",
                zh="对教育工作者的支持",
                ar="دعم المعلمين",
            ),
            Text(
                en="An educator who asks for help with a student's behavior shall have a meeting with the school's "
                "support team within five school days.",
                es="Un educador que pida ayuda con la conducta de un estudiante tendrá una reunión con el equipo de "
                "apoyo de la escuela en un plazo de cinco días lectivos.",
                ht="Yon edikatè ki mande èd pou konpòtman yon elèv dwe jwenn yon reyinyon ak ekip sipò lekòl la nan "
                "senk jou lekòl.",
                pt="O educador que pedir ajuda com o comportamento de um estudante terá uma reunião com a equipe de "
                "apoio da escola em até cinco dias letivos.",
                vi="Nhà giáo yêu cầu hỗ trợ về hành vi của một học sinh sẽ được họp với nhóm hỗ trợ của trường trong "
                "vòng năm ngày học.",
                zh="教育工作者就学生行为问题寻求帮助的，应在五个教学日内与学校支持小组会面。",
                ar="يحصل المعلم الذي يطلب المساعدة بشأن سلوك أحد الطلاب على اجتماع مع فريق الدعم في المدرسة خلال "
                "خمسة أيام دراسية.",
            ),
        ),
    ),
    article(
        "21",
        Text(
            en="Mentoring and professional learning",
            es="Mentoría y desarrollo profesional",
            ht="Akonpayman ak fòmasyon pwofesyonèl",
            pt="Mentoria e formação profissional",
            vi="Cố vấn và bồi dưỡng chuyên môn",
            zh="导师指导与专业学习",
            ar="الإرشاد والتعلّم المهني",
        ),
        section(
            "21.1",
            Text(
                en="Mentors for new educators (amended June 2026)",
                es="Mentores para educadores nuevos (modificado en junio de 2026)",
                ht="Mantò pou nouvo edikatè yo (modifye an jen 2026)",
                pt="Mentores para novos educadores (alterado em junho de 2026)",
                vi="Người cố vấn cho nhà giáo mới (sửa đổi tháng 6 năm 2026)",
                zh="新教育工作者导师（2026年6月修订）",
                ar="مرشدون للمعلمين الجدد (عُدّلت في يونيو 2026)",
            ),
            Text(
                en="Each educator in the first two years of service shall be assigned a trained mentor, who may be a "
                "retired member, with one paid hour each week to meet.",
                es="A cada educador en sus dos primeros años de servicio se le asignará un mentor capacitado, que "
                "puede ser un miembro jubilado, con una hora pagada por semana para reunirse.",
                ht="Yo dwe bay chak edikatè ki nan de premye ane sèvis li yon mantò ki fòme, ki ka yon manm retrete, "
                "ak yon èdtan peye chak semèn pou yo rankontre.",
                pt="Cada educador nos dois primeiros anos de serviço receberá um mentor capacitado, que pode ser um "
                "associado aposentado, com uma hora remunerada por semana para se reunirem.",
                vi="Mỗi nhà giáo trong hai năm công tác đầu tiên được phân công một người cố vấn đã qua đào tạo, có "
                "thể là một thành viên đã nghỉ hưu, với một giờ có trả lương mỗi tuần để gặp nhau.",
                zh="每位任职头两年的教育工作者都将获派一位受过培训的导师（可由退休会员担任），双方每周有一小时带薪时间见面。",
                ar="يُعيَّن لكل معلم في سنتي خدمته الأوليين مرشد مدرَّب، يجوز أن يكون عضوًا متقاعدًا، مع ساعة مدفوعة "
                "الأجر أسبوعيًا للقاء.",
            ),
        ),
        section(
            "21.2",
            Text(
                en="Professional learning led by educators",
                es="Desarrollo profesional dirigido por educadores",
                ht="Fòmasyon pwofesyonèl edikatè yo dirije",
                pt="Formação profissional conduzida por educadores",
                vi="Bồi dưỡng chuyên môn do nhà giáo dẫn dắt",
                zh="由教育工作者主导的专业学习",
                ar="تعلّم مهني يقوده المعلمون",
            ),
            Text(
                en="At least half of the district's professional learning days shall be planned by committees of "
                "educators at each school.",
                es="Al menos la mitad de los días de desarrollo profesional del distrito serán planificados por "
                "comités de educadores de cada escuela.",
                ht="Se komite edikatè nan chak lekòl ki dwe planifye omwen mwatye jou fòmasyon pwofesyonèl distri a.",
                pt="Pelo menos metade dos dias de formação profissional do distrito será planejada por comitês de "
                "educadores de cada escola.",
                vi="Ít nhất một nửa số ngày bồi dưỡng chuyên môn của học khu phải do các ban gồm nhà giáo tại từng "
                "trường lên kế hoạch.",
                zh="学区至少一半的专业学习日应由各校教育工作者组成的委员会负责规划。",
                ar="تُخطّط لجان من المعلمين في كل مدرسة لنصف أيام التعلّم المهني في المنطقة التعليمية على الأقل.",
            ),
        ),
    ),
    article(
        "24",
        Text(en="Salaries", es="Salarios", ht="Salè", pt="Salários", vi="Tiền lương", zh="薪酬", ar="الرواتب"),
        section(
            "24.1",
            Text(
                en="Salary schedule",
                es="Escala salarial",
                ht="Echèl salè",
                pt="Tabela salarial",
                vi="Bảng lương",
                zh="薪级表",
                ar="جدول الرواتب",
            ),
            Text(
                en="The salary schedule in Appendix A shall increase by 3 percent on July 1, 2024, 3 percent on July "
                "1, 2025 and 3.5 percent on July 1, 2026.",
                es="La escala salarial del Anexo A aumentará un 3 % el 1 de julio de 2024, un 3 % el 1 de julio de "
                "2025 y un 3.5 % el 1 de julio de 2026.",
                ht="Echèl salè ki nan Anèks A dwe ogmante 3 pousan 1ye jiyè 2024, 3 pousan 1ye jiyè 2025 ak 3.5 pousan "
                "1ye jiyè 2026.",
                pt="A tabela salarial do Anexo A será reajustada em 3% em 1.º de julho de 2024, em 3% em 1.º de julho "
                "de 2025 e em 3.5% em 1.º de julho de 2026.",
                vi="Bảng lương tại Phụ lục A được tăng 3 phần trăm vào ngày 1 tháng 7 năm 2024, 3 phần trăm vào ngày 1 "
                "tháng 7 năm 2025 và 3.5 phần trăm vào ngày 1 tháng 7 năm 2026.",
                zh="附件A中的薪级表于2024年7月1日上调3%，于2025年7月1日上调3%，于2026年7月1日上调3.5%。",
                ar="يُزاد جدول الرواتب الوارد في الملحق (أ) بنسبة 3 في المئة في 1 يوليو 2024، و3 في المئة في 1 يوليو "
                "2025، و3.5 في المئة في 1 يوليو 2026.",
            ),
        ),
        section(
            "24.2",
            Text(en="Steps", es="Escalones", ht="Echlon", pt="Progressão", vi="Bậc lương", zh="晋级", ar="الدرجات"),
            Text(
                en="Each employee shall move one step on the salary schedule at the start of each school year, if they "
                "worked at least half of the previous year.",
                es="Cada empleado subirá un escalón en la escala salarial al comienzo de cada año escolar, siempre que "
                "haya trabajado al menos la mitad del año anterior.",
                ht="Chak anplwaye dwe monte yon echlon sou echèl salè a nan kòmansman chak ane lekòl, si li te travay "
                "omwen mwatye ane anvan an.",
                pt="Cada empregado avançará um nível na tabela salarial no início de cada ano letivo, desde que tenha "
                "trabalhado pelo menos metade do ano anterior.",
                vi="Mỗi nhân viên được nâng một bậc trên bảng lương vào đầu mỗi năm học nếu đã làm việc ít nhất một "
                "nửa năm học trước.",
                zh="员工在上一学年工作满一半以上的，于每学年开始时在薪级表上晋升一级。",
                ar="يرتقي كل موظف درجة واحدة في جدول الرواتب في بداية كل عام دراسي إذا كان قد عمل نصف العام السابق "
                "على الأقل.",
            ),
        ),
    ),
    article(
        "27",
        Text(
            en="Health and safety",
            es="Salud y seguridad",
            ht="Sante ak sekirite",
            pt="Saúde e segurança",
            vi="Sức khỏe và an toàn",
            zh="健康与安全",
            ar="الصحة والسلامة",
        ),
        section(
            "27.1",
            Text(
                en="Safe conditions",
                es="Condiciones seguras",
                ht="Kondisyon ki an sekirite",
                pt="Condições seguras",
                vi="Điều kiện an toàn",
                zh="安全条件",
                ar="ظروف آمنة",
            ),
            Text(
                en="No employee shall be required to work in conditions that endanger their health or safety. An "
                "employee who reports an unsafe condition shall not be penalized for doing so.",
                es="No se exigirá a ningún empleado trabajar en condiciones que pongan en peligro su salud o su "
                "seguridad. Un empleado que informe de una condición insegura no será sancionado por ello.",
                ht="Yo pa dwe fòse okenn anplwaye travay nan kondisyon ki mete sante l oswa sekirite l an danje. Yo pa "
                "dwe pini yon anplwaye paske li siyale yon kondisyon ki danjere.",
                pt="Nenhum empregado será obrigado a trabalhar em condições que ponham em risco a sua saúde ou "
                "segurança. O empregado que comunicar uma condição insegura não será punido por isso.",
                vi="Không nhân viên nào bị buộc phải làm việc trong điều kiện gây nguy hiểm cho sức khỏe hoặc sự an "
                "toàn của mình. Nhân viên báo cáo điều kiện không an toàn sẽ không bị xử phạt vì việc đó.",
                zh="不得要求任何员工在危及其健康或安全的条件下工作。员工报告不安全状况的，不得因此受到处分。",
                ar="لا يُلزَم أي موظف بالعمل في ظروف تعرّض صحته أو سلامته للخطر، ولا يُعاقَب الموظف الذي يُبلغ عن ظرف "
                "غير آمن بسبب إبلاغه.",
            ),
        ),
        section(
            "27.2",
            Text(
                en="Building conditions",
                es="Estado de los edificios",
                ht="Eta bilding yo",
                pt="Condições dos prédios",
                vi="Tình trạng trường sở",
                zh="校舍状况",
                ar="حالة المباني",
            ),
            Text(
                en="The district shall keep every school clean, heated and in good repair, and shall give the union a "
                "copy of each building inspection report.",
                es="El distrito mantendrá todas las escuelas limpias, con calefacción y en buen estado, y entregará al "
                "sindicato una copia de cada informe de inspección de edificios.",
                ht="Distri a dwe kenbe chak lekòl pwòp, cho e an bon eta, epi li dwe bay sendika a yon kopi chak rapò "
                "enspeksyon bilding.",
                pt="O distrito manterá todas as escolas limpas, aquecidas e em bom estado de conservação, e entregará "
                "ao sindicato uma cópia de cada relatório de inspeção predial.",
                vi="Học khu phải giữ cho mọi trường sạch sẽ, có sưởi ấm và được bảo trì tốt, đồng thời gửi cho công "
                "đoàn bản sao của mỗi báo cáo kiểm tra trường sở.",
                zh="学区应保持每所学校清洁、供暖充足、维修良好，并向工会提供每份校舍检查报告的副本。",
                ar="تحافظ المنطقة التعليمية على نظافة كل مدرسة وتدفئتها وصيانتها الجيدة، وتسلّم النقابة نسخة من كل "
                "تقرير تفتيش للمباني.",
            ),
        ),
    ),
]

AGREEMENT = PageSpec(
    model="AgreementPage",
    slug="agreement",
    title=Text(
        en="Collective bargaining agreement 2024–2027",
        es="Contrato colectivo 2024–2027",
        ht="Konvansyon kolektif 2024–2027",
        pt="Acordo coletivo de trabalho 2024–2027",
        vi="Thỏa ước lao động tập thể 2024–2027",
        zh="2024–2027年集体谈判协议",
        ar="اتفاقية المفاوضة الجماعية 2024–2027",
    ),
    fields={
        "effective_from": datetime.date(2024, 7, 1),
        "effective_until": datetime.date(2027, 6, 30),
        "intro": Text(
            en="The agreement between the union and the school district in force from July 1, 2024 to June 30, 2027, "
            "with the memorandum on preparation days and mentoring that members ratified in June 2026. Search it, "
            "or go straight to an article.",
            es="El contrato entre el sindicato y el distrito escolar vigente del 1 de julio de 2024 al 30 de junio de "
            "2027, con el memorando sobre días de preparación y mentoría que los miembros ratificaron en junio de "
            "2026. Busque en él o vaya directamente a un artículo.",
            ht="Akò ant sendika a ak distri lekòl la ki an vigè depi 1ye jiyè 2024 rive 30 jen 2027, ansanm ak "
            "memorandòm sou jou preparasyon ak akonpayman manm yo te ratifye an jen 2026. Fè rechèch ladan l, "
            "oswa ale dirèkteman nan yon atik.",
            pt="O acordo entre o sindicato e o distrito escolar em vigor de 1.º de julho de 2024 a 30 de junho de "
            "2027, com o memorando sobre dias de preparação e mentoria que os associados ratificaram em junho de "
            "2026. Pesquise nele ou vá direto a um artigo.",
            vi="Thỏa ước giữa công đoàn và học khu có hiệu lực từ ngày 1 tháng 7 năm 2024 đến ngày 30 tháng 6 năm "
            "2027, cùng bản ghi nhớ về ngày chuẩn bị và chương trình cố vấn được các thành viên phê chuẩn vào tháng 6 "
            "năm 2026. Hãy tìm kiếm trong thỏa ước hoặc đi thẳng đến một điều khoản.",
            zh="工会与学区之间的协议，有效期自2024年7月1日至2027年6月30日，包括会员于2026年6月批准的关于备课日和导师指导的备忘录。"
            "您可以在其中搜索，或直接跳转到某一条款。",
            ar="الاتفاقية المبرمة بين النقابة والمنطقة التعليمية، السارية من 1 يوليو 2024 إلى 30 يونيو 2027، مع "
            "المذكرة الخاصة بأيام التحضير والإرشاد التي صادق عليها الأعضاء في يونيو 2026. ابحث فيها أو انتقل "
            "مباشرة إلى مادة.",
        ),
        "articles": stream_blocks(ARTICLES, "agreement/articles"),
    },
)
