"""Demo content of the retiree mentor network, loaded by ``manage.py load_demo_content``.

The invitation page (a ``MentorNetworkPage`` under the home page, translated into every language
through wagtail-localize), and the people of a network that has been running for a while: forty
retired educators (approved, a few waiting for review, paused or declined), twenty-five educators
who asked for a mentor, ten mentorships running and five completed, with their check-ins.

Deterministic: the people come from ``random.Random(SEED)``, so every database gets the same ones;
dates are counted back from the day of the load. Idempotent: the page is found by its slug, and
the people are created only when none of them exists yet (they share an e-mail domain).
Records are written directly, as the services would leave them, so that loading sends no e-mail.
"""

import datetime
import random

from django.contrib.auth.models import Group
from django.utils import timezone

from allauth.account.models import EmailAddress

from engagement.mentoring.matching import rank_mentors
from engagement.models.mentoring import (
    CheckIn,
    Expertise,
    MeetingFormat,
    MeetingFrequency,
    MentorNetworkPage,
    MentorProfile,
    MentorRequest,
    Mentorship,
    MentorshipStatus,
    MentorStatus,
    RequestedFormat,
    RequestStatus,
    RoleHeld,
    add_months,
)
from home.choices import GradeBand, MemberRole, SpokenLanguage, Subject
from home.demo.feature import FeatureDemoLoader
from home.demo.spec import (
    NumberedList,
    PageSpec,
    Text,
    heading,
    paragraph,
    quote,
)
from home.models import School, User
from home.roles import MENTOR_COORDINATORS

SEED = 6
EMAIL_DOMAIN = "mentoring.example.org"
RETIREES = 40
EDUCATORS = 25
ACTIVE_MENTORSHIPS = 10
COMPLETED_MENTORSHIPS = 5
PENDING_PROPOSALS = 2

# The invitation page

PAGE = PageSpec(
    model="MentorNetworkPage",
    slug="mentor-network",
    title=Text(
        en="Mentor network",
        es="Red de mentores",
        ht="Rezo mantò",
        pt="Rede de mentoria",
        vi="Mạng lưới cố vấn",
        zh="导师网络",
        ar="شبكة الإرشاد",
    ),
    fields={
        "intro": Text(
            en="Retired educators and educators in their first years, paired one to one, in the language they share.",
            es="Educadores jubilados y educadores en sus primeros años, en parejas, en el idioma que comparten.",
            ht="Edikatè ki pran retrèt ak edikatè ki nan premye ane karyè yo, de pa de, nan lang yo pataje.",
            pt="Educadores aposentados e educadores em início de carreira, em duplas, no idioma que compartilham.",
            vi="Nhà giáo đã nghỉ hưu và nhà giáo trong những năm đầu đi dạy, kết đôi với nhau, bằng ngôn ngữ chung "
            "của họ.",
            zh="退休教育工作者与刚入职几年的教育工作者结成一对一的伙伴，用彼此共同的语言交流。",
            ar="معلمون متقاعدون ومعلمون في سنواتهم الأولى، يتشاركون في ثنائيات، باللغة التي تجمعهم.",
        ),
    },
    body=[
        heading(
            Text(
                en="How it works",
                es="Cómo funciona",
                ht="Kijan sa mache",
                pt="Como funciona",
                vi="Cách thức hoạt động",
                zh="如何运作",
                ar="كيف تعمل الشبكة",
            )
        ),
        paragraph(
            NumberedList(
                [
                    Text(
                        en="A retired educator signs up and tells us what they taught, the languages they speak and "
                        "how much time they have.",
                        es="Un educador jubilado se inscribe y nos cuenta qué enseñó, qué idiomas habla y cuánto "
                        "tiempo tiene.",
                        ht="Yon edikatè ki pran retrèt enskri epi li di nou sa li te anseye, ki lang li pale ak "
                        "konbyen tan li genyen.",
                        pt="Um educador aposentado se inscreve e conta o que ensinou, quais idiomas fala e quanto "
                        "tempo tem disponível.",
                        vi="Một nhà giáo đã nghỉ hưu đăng ký và cho chúng tôi biết họ đã dạy môn gì, nói những ngôn "
                        "ngữ nào và có bao nhiêu thời gian.",
                        zh="退休教育工作者报名，告诉我们他们教过什么、会说哪些语言、有多少时间。",
                        ar="يسجّل المعلم المتقاعد ويخبرنا بما درّسه واللغات التي يتحدثها والوقت المتاح لديه.",
                    ),
                    Text(
                        en="An educator early in their career asks for help: classroom management, teaching English "
                        "learners, working with families, their rights under the contract.",
                        es="Un educador que empieza su carrera pide ayuda: manejo del aula, enseñanza a estudiantes "
                        "que aprenden inglés, trabajo con las familias, sus derechos según el contrato.",
                        ht="Yon edikatè ki fèk kòmanse karyè li mande èd: jesyon klas, anseye elèv k ap aprann "
                        "angle, travay ak fanmi yo, dwa li dapre kontra a.",
                        pt="Um educador em início de carreira pede ajuda: gestão da sala de aula, ensino de alunos "
                        "que estão aprendendo inglês, relação com as famílias, seus direitos previstos no contrato.",
                        vi="Một nhà giáo mới vào nghề đề nghị được giúp đỡ: quản lý lớp học, dạy học sinh đang học "
                        "tiếng Anh, làm việc với phụ huynh, quyền lợi của mình theo hợp đồng.",
                        zh="刚开始职业生涯的教育工作者提出需要帮助的方面：课堂管理、教授英语学习者、与家庭沟通、"
                        "合同赋予的权利。",
                        ar="يطلب معلم في بداية مسيرته المساعدة: إدارة الفصل، أو تعليم الطلاب الذين يتعلمون "
                        "الإنجليزية، أو التواصل مع الأسر، أو حقوقه بموجب العقد.",
                    ),
                    Text(
                        en="A Mentor coordinator proposes the best match. Once the mentor says yes, the two meet in "
                        "person or online for one to twelve months.",
                        es="Una coordinadora de mentores propone la mejor pareja. Cuando el mentor acepta, los dos se "
                        "reúnen en persona o en línea durante uno a doce meses.",
                        ht="Yon kowòdonatè mantò pwopoze pi bon pè a. Lè mantò a aksepte, de moun yo rankontre an "
                        "pèsòn oswa sou entènèt pandan youn a douz mwa.",
                        pt="Uma coordenadora de mentoria propõe a melhor dupla. Quando o mentor aceita, os dois se "
                        "encontram pessoalmente ou on-line durante um a doze meses.",
                        vi="Điều phối viên chương trình cố vấn đề xuất cặp phù hợp nhất. Khi người cố vấn đồng ý, hai "
                        "bên gặp nhau trực tiếp hoặc trực tuyến trong thời gian từ một đến mười hai tháng.",
                        zh="导师协调员提出最合适的配对。导师同意后，双方以面对面或线上方式见面，为期一到十二个月。",
                        ar="تقترح منسقة الإرشاد أنسب ثنائي. وبعد موافقة المرشد، يلتقيان وجهًا لوجه أو عبر الإنترنت "
                        "لمدة تتراوح بين شهر واثني عشر شهرًا.",
                    ),
                ]
            )
        ),
        heading(
            Text(
                en="Why we do this",
                es="Por qué lo hacemos",
                ht="Poukisa nou fè sa",
                pt="Por que fazemos isso",
                vi="Vì sao chúng tôi làm việc này",
                zh="我们为什么这样做",
                ar="لماذا نفعل ذلك",
            )
        ),
        paragraph(
            Text(
                en="Half of the new teachers in our district leave within five years, and many tell us they felt "
                "alone. Our retirees carry decades of know-how that no training replaces, and they want to pass it "
                "on.",
                es="La mitad de los docentes nuevos de nuestro distrito se van antes de cinco años, y muchos nos "
                "dicen que se sintieron solos. Nuestros jubilados tienen décadas de experiencia que ninguna "
                "capacitación reemplaza, y quieren transmitirla.",
                ht="Mwatye nan nouvo pwofesè nan distri nou an kite travay la anvan senk ane, e anpil ladan yo di "
                "nou yo te santi yo poukont yo. Retrete nou yo gen plizyè dizèn ane konesans ke okenn fòmasyon pa ka "
                "ranplase, e yo vle pase l bay lòt moun.",
                pt="Metade dos professores novos do nosso distrito deixa a profissão em menos de cinco anos, e "
                "muitos nos dizem que se sentiram sozinhos. Nossos aposentados carregam décadas de experiência que "
                "nenhum treinamento substitui, e querem transmiti-la.",
                vi="Một nửa số giáo viên mới trong học khu rời nghề trong vòng năm năm, và nhiều người kể rằng họ "
                "cảm thấy đơn độc. Những thành viên đã nghỉ hưu của chúng tôi mang theo hàng chục năm kinh nghiệm mà "
                "không khóa đào tạo nào thay thế được, và họ muốn truyền lại.",
                zh="我们学区有一半的新教师在五年内离开，很多人告诉我们，他们当时感到孤立无援。我们的退休会员拥有"
                "数十年任何培训都无法替代的经验，他们希望把这些经验传下去。",
                ar="يترك نصف المعلمين الجدد في منطقتنا التعليمية المهنة خلال خمس سنوات، ويخبرنا كثيرون منهم أنهم "
                "شعروا بالوحدة. ويحمل متقاعدونا خبرة عقود لا يعوّضها أي تدريب، ويريدون نقلها إلى غيرهم.",
            )
        ),
        quote(
            Text(
                en="My mentor had taught in the same building for twenty years. She knew which families to call, and "
                "how.",
                es="Mi mentora había enseñado veinte años en el mismo edificio. Sabía a qué familias llamar, y cómo.",
                ht="Mantò mwen an te anseye ven lane nan menm lekòl la. Li te konnen ki fanmi pou l rele, ak kijan.",
                pt="Minha mentora tinha dado aula no mesmo prédio por vinte anos. Ela sabia para quais famílias "
                "ligar, e como.",
                vi="Người cố vấn của tôi đã dạy hai mươi năm trong cùng một ngôi trường. Cô ấy biết nên gọi cho gia "
                "đình nào, và gọi như thế nào.",
                zh="我的导师在同一所学校教了二十年。她知道该给哪些家庭打电话，也知道该怎么说。",
                ar="كانت مرشدتي قد درّست عشرين عامًا في المبنى نفسه. كانت تعرف بأي الأسر تتصل، وكيف تتحدث إليها.",
            ),
            Text(
                en="A second-year science teacher",
                es="Una maestra de ciencias en su segundo año",
                ht="Yon pwofesè syans nan dezyèm ane li",
                pt="Uma professora de ciências no segundo ano de carreira",
                vi="Một giáo viên khoa học năm thứ hai",
                zh="一位第二年任教的科学教师",
                ar="معلمة علوم في عامها الثاني",
            ),
        ),
        heading(
            Text(
                en="What we ask of mentors",
                es="Lo que pedimos a los mentores",
                ht="Sa nou mande mantò yo",
                pt="O que pedimos aos mentores",
                vi="Điều chúng tôi mong ở người cố vấn",
                zh="我们对导师的期望",
                ar="ما نطلبه من المرشدين",
            )
        ),
        paragraph(
            [
                Text(
                    en="A few hours a month, for the length you agree on",
                    es="Unas horas al mes, durante el tiempo que acuerden",
                    ht="Kèk èdtan pa mwa, pandan tan nou dakò a",
                    pt="Algumas horas por mês, pelo tempo que combinarem",
                    vi="Vài giờ mỗi tháng, trong khoảng thời gian hai bên thỏa thuận",
                    zh="每月几个小时，持续双方约定的时间",
                    ar="بضع ساعات في الشهر، طوال المدة التي تتفقان عليها",
                ),
                Text(
                    en="A short note of each meeting on the site, so that we know the network is working",
                    es="Una breve nota de cada encuentro en el sitio, para saber que la red funciona",
                    ht="Yon ti nòt kout sou chak rankont sou sit la, pou nou konnen rezo a ap mache",
                    pt="Uma nota curta de cada encontro no site, para sabermos que a rede está funcionando",
                    vi="Ghi lại ngắn gọn mỗi buổi gặp trên trang web, để chúng tôi biết mạng lưới đang hoạt động tốt",
                    zh="在网站上简要记录每次见面，让我们知道网络运转良好",
                    ar="ملاحظة موجزة عن كل لقاء على الموقع، لنعرف أن الشبكة تعمل",
                ),
                Text(
                    en="Discretion: what your mentee tells you stays between the two of you",
                    es="Discreción: lo que le cuente la persona a quien acompaña queda entre ustedes dos",
                    ht="Diskresyon: sa moun w ap akonpaye a di w rete ant nou de a",
                    pt="Discrição: o que a pessoa que você acompanha contar fica entre vocês dois",
                    vi="Giữ kín: những gì người được cố vấn chia sẻ chỉ ở giữa hai người",
                    zh="保密：学员告诉你的事只留在你们两人之间",
                    ar="الكتمان: ما يخبرك به من ترشده يبقى بينكما",
                ),
            ]
        ),
    ],
)

# The people

SCHOOLS = [
    ("Lincoln Middle School", "Eastside"),
    ("Frederick Douglass Elementary", "Eastside"),
    ("Eastside High School", "Eastside"),
    ("Harbor View Elementary", "Harbor"),
    ("Harbor Academy", "Harbor"),
    ("Maria Baldwin K-8", "Harbor"),
    ("Riverside Elementary", "Riverside"),
    ("Cesar Chavez Middle School", "Riverside"),
    ("Riverside High School", "Riverside"),
    ("Hillcrest Elementary", "Hillcrest"),
    ("Hillcrest Middle School", "Hillcrest"),
    ("Adult Learning Center", "Downtown"),
]

# (first names, last names) by the site language a person prefers.
NAMES = {
    "en": (
        ["Margaret", "Harold", "Denise", "Walter", "Patricia", "Raymond", "Gloria", "Curtis", "Linda", "James"],
        ["Sullivan", "Washington", "O'Brien", "Hughes", "Carter", "Brennan", "Coleman", "Fitzgerald", "Porter"],
    ),
    "es": (
        ["Rosa", "Alejandro", "Marisol", "Ernesto", "Lucía", "Héctor", "Carmen", "Ramón"],
        ["Delgado", "Ortiz", "Fuentes", "Morales", "Castillo", "Herrera", "Vega"],
    ),
    "ht": (
        ["Gloria", "Jean-Robert", "Marie-Claude", "Wilner", "Nadège", "Frantz"],
        ["Pierre", "Joseph", "Desrosiers", "Louis", "Saint-Fleur", "Étienne"],
    ),
    "pt": (
        ["Conceição", "João", "Fernanda", "Manuel", "Lurdes", "Antônio"],
        ["Barbosa", "Tavares", "Monteiro", "Gonçalves", "Fontes", "Rocha"],
    ),
    "vi": (["Lan", "Minh", "Hương", "Tuấn", "Thảo"], ["Nguyễn", "Trần", "Phạm", "Lê", "Võ"]),
    "zh-hans": (["Mei", "Wei", "Hui", "Jun", "Ling"], ["Chen", "Wang", "Li", "Zhang", "Liu"]),
    "ar": (["Samira", "Youssef", "Nadia", "Karim", "Leila"], ["Haddad", "Mansour", "Khoury", "Saleh", "Nasser"]),
}
# How many of each group prefer each language.
RETIREE_LANGUAGES = {"en": 14, "es": 8, "ht": 4, "pt": 5, "vi": 3, "zh-hans": 3, "ar": 3}
EDUCATOR_LANGUAGES = {"en": 8, "es": 6, "ht": 3, "pt": 3, "vi": 2, "zh-hans": 1, "ar": 2}
SPOKEN = {"en": "en", "es": "es", "ht": "ht", "pt": "pt", "vi": "vi", "zh-hans": "zh", "ar": "ar"}
EXTRA_SPOKEN = ["fr", "kea", "so", "ase", "es"]

BIOS = {
    "en": [
        "I spent my career in public schools and loved every noisy minute of it. I remember how hard the first "
        "years were, and I would like to make them a little easier for someone.",
        "Retired, but not done learning. I am happy to talk through lesson plans, tricky conversations with "
        "families, or simply how to get through a long week.",
    ],
    "es": [
        "Pasé toda mi carrera en escuelas públicas y disfruté cada minuto, aun los más ruidosos. Recuerdo lo "
        "difíciles que fueron los primeros años y me gustaría hacérselos un poco más fáciles a alguien.",
        "Ya no doy clases, pero sigo aprendiendo. Con gusto converso sobre planes de clase, conversaciones "
        "difíciles con las familias o simplemente cómo sobrevivir a una semana larga.",
    ],
    "ht": [
        "Mwen pase tout karyè mwen nan lekòl piblik, e mwen te renmen chak minit, menm sa ki te plis bri yo. "
        "Mwen sonje jan premye ane yo te difisil, e mwen ta renmen fè yo vin yon ti jan pi fasil pou yon lòt moun.",
        "Mwen pa anseye ankò, men mwen poko fin aprann. Mwen kontan pale sou plan leson, konvèsasyon difisil ak "
        "fanmi, oswa tou senpleman kijan pou w pase yon semèn ki long.",
    ],
    "pt": [
        "Passei toda a minha carreira em escolas públicas e gostei de cada minuto, até dos mais barulhentos. "
        "Lembro como os primeiros anos foram difíceis e gostaria de torná-los um pouco mais leves para alguém.",
        "Não dou mais aulas, mas continuo aprendendo. Converso com prazer sobre planos de aula, conversas "
        "difíceis com as famílias ou simplesmente sobre como atravessar uma semana longa.",
    ],
    "vi": [
        "Tôi đã dành cả sự nghiệp ở các trường công và yêu từng phút giây, kể cả những lúc ồn ào nhất. Tôi vẫn "
        "nhớ những năm đầu khó khăn thế nào, và muốn giúp ai đó thấy chúng nhẹ nhàng hơn một chút.",
        "Tôi không còn đứng lớp nhưng vẫn chưa ngừng học hỏi. Tôi sẵn lòng cùng bạn bàn về giáo án, những cuộc "
        "trò chuyện khó với phụ huynh, hay đơn giản là cách vượt qua một tuần dài.",
    ],
    "zh-hans": [
        "我整个职业生涯都在公立学校度过，热爱其中的每一分钟，哪怕是最吵闹的时候。我还记得刚开始那几年有多难，"
        "希望能让别人走得轻松一些。",
        "我虽然不再上课，但从未停止学习。很乐意和你聊聊教案、与家长的艰难对话，或者只是怎样熬过漫长的一周。",
    ],
    "ar": [
        "أمضيت مسيرتي كلها في المدارس العامة وأحببت كل دقيقة فيها، حتى أكثرها صخبًا. ما زلت أذكر صعوبة السنوات "
        "الأولى، وأودّ أن أجعلها أيسر قليلًا على أحدهم.",
        "لم أعد أدرّس، لكنني لم أتوقف عن التعلّم. يسعدني أن نتحدث عن خطط الدروس، أو الأحاديث الصعبة مع الأسر، أو "
        "ببساطة عن كيفية اجتياز أسبوع طويل.",
    ],
}
REQUEST_DETAILS = {
    "en": "I teach a large class and the afternoons get away from me. I would love someone to talk to every couple "
    "of weeks.",
    "es": "Tengo un grupo numeroso y por las tardes pierdo el control de la clase. Me encantaría tener con quién "
    "hablar cada dos semanas.",
    "ht": "Mwen gen yon gwo klas e apremidi yo vin difisil pou m jere. Mwen ta renmen gen yon moun pou m pale chak "
    "de semèn.",
    "pt": "Tenho uma turma grande e à tarde perco o controle da aula. Adoraria ter alguém com quem conversar a cada "
    "duas semanas.",
    "vi": "Lớp tôi đông học sinh và buổi chiều tôi thường khó giữ trật tự. Tôi rất mong có người để trao đổi vài "
    "tuần một lần.",
    "zh-hans": "我带的班人数很多，下午常常管不住课堂。希望每两周能有人聊一聊。",
    "ar": "أدرّس فصلًا كبيرًا ويفلت زمام الأمور مني في فترة ما بعد الظهر. يسعدني أن أجد من أتحدث إليه كل أسبوعين.",
}
CHECKIN_TOPICS = [
    "The first ten minutes of class: a routine the students can start without me.",
    "A parent who is upset about grades; we practised the phone call.",
    "Planning a unit backwards from the final project.",
    "What the contract says about planning time and duties at lunch.",
    "Sentence frames and pairing for the students who are new to English.",
    "Getting ready for the first observation.",
    "How to say no to a fourth after-school committee.",
    "Reading the IEPs before the term starts, and what to ask the special educator.",
]
PRIVATE_NOTES = [
    "Seems tired; check in about workload next time.",
    "Much more confident than a month ago.",
    "",
    "Ask the union rep about the lunch duty question.",
]
# The last six retirees are not (or no longer) taking mentees: counted from the end.
LAST_RETIREES_STATUS = {
    6: MentorStatus.PENDING,
    5: MentorStatus.PENDING,
    4: MentorStatus.PENDING,
    3: MentorStatus.PAUSED,
    2: MentorStatus.PAUSED,
    1: MentorStatus.DECLINED,
}
DECLINED_NOTE = "Thank you! Could you tell us a little more about the grades you taught and how you would like to help?"


class MentoringDemoLoader(FeatureDemoLoader):
    """Loads the mentor network demo under the home page ``home_loader`` has just loaded (same transaction)."""

    def __init__(self, home_loader):
        super().__init__(home_loader)
        self.rng = random.Random(SEED)
        self.today = timezone.localdate()

    def load(self):
        page = self.page_under_home(PAGE, MentorNetworkPage)
        people_created = self._people()
        return page, people_created

    # The people

    def _people(self):
        if User.objects.filter(email__iendswith=f"@{EMAIL_DOMAIN}").exists():
            return False  # loaded before: keep what is there, including what people changed since
        schools = self._schools()
        self._coordinator()
        mentors = [self._retiree(index, language, schools) for index, language in self._languages(RETIREE_LANGUAGES)]
        requests = [
            self._educator_request(index, language, schools) for index, language in self._languages(EDUCATOR_LANGUAGES)
        ]
        self._mentorships(mentors, requests)
        return True

    def _languages(self, counts):
        languages = [language for language, count in counts.items() for _ in range(count)]
        self.rng.shuffle(languages)
        return list(enumerate(languages))

    def _schools(self):
        schools = []
        for name, neighbourhood in SCHOOLS:
            school, _created = School.objects.get_or_create(name=name, defaults={"neighbourhood": neighbourhood})
            schools.append(school)
        return schools

    def _person(self, email, language, role, first_name, last_name, school=None, years=None):
        user = User(
            email=email,
            first_name=first_name,
            last_name=last_name,
            preferred_language=language,
            member_role=role,
            school=school,
            years_of_service=years,
        )
        # They sign in with a code sent to their address (allauth's login by code): no password to share.
        user.set_unusable_password()
        user.save()
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        return user

    def _coordinator(self):
        user = self._person(f"coordinator@{EMAIL_DOMAIN}", "es", MemberRole.STAFF, "Marisol", "Díaz")
        group = Group.objects.filter(name=MENTOR_COORDINATORS).first()
        if group is not None:
            user.groups.add(group)
        return user

    def _name(self, language, index):
        first_names, last_names = NAMES[language]
        return first_names[index % len(first_names)], last_names[(index * 7 + 3) % len(last_names)]

    def _sample(self, choices, low, high):
        codes = [code for code, _label in choices]
        picked = set(self.rng.sample(codes, self.rng.randint(low, high)))
        return [code for code in codes if code in picked]

    def _retiree(self, index, language, schools):
        rng = self.rng
        first_name, last_name = self._name(language, index)
        years = rng.randint(15, 40)
        home_school = rng.choice(schools)
        user = self._person(
            f"retiree{index + 1:02d}@{EMAIL_DOMAIN}",
            language,
            MemberRole.RETIREE,
            first_name,
            last_name,
            school=home_school,
            years=years,
        )
        bands = [code for code, _label in GradeBand.choices]
        first_band = rng.randrange(len(bands))
        spoken = {SPOKEN[language]}
        if language != "en" or rng.random() < 0.2:
            spoken.add("en" if language != "en" else rng.choice(EXTRA_SPOKEN))
        if rng.random() < 0.15:
            spoken.add(rng.choice(EXTRA_SPOKEN))
        formats = rng.choice([["in-person", "online"], ["in-person", "online"], ["in-person"], ["online"]])
        roles = ["classroom-teacher", *self.rng.sample([code for code, _ in RoleHeld.choices][1:], rng.randint(0, 2))]
        status = LAST_RETIREES_STATUS.get(RETIREES - index, MentorStatus.APPROVED)
        profile = MentorProfile.objects.create(
            user=user,
            status=status,
            years_taught=years,
            roles_held=[code for code, _label in RoleHeld.choices if code in roles],
            subjects=self._sample(Subject.choices, 1, 3),
            grade_bands=bands[first_band : first_band + rng.randint(1, 2)],
            languages=[code for code, _label in SpokenLanguage.choices if code in spoken],
            expertise=self._sample(Expertise.choices, 2, 4),
            formats=[code for code, _label in MeetingFormat.choices if code in formats],
            hours_per_month=rng.choice([2, 4, 4, 6, 8, 10]),
            max_mentees=rng.choice([1, 2, 2, 3]),
            bio=BIOS[language][index % 2],
            in_directory=rng.random() < 0.75,
            created_at=timezone.now() - datetime.timedelta(days=rng.randint(200, 400)),
            reviewed_at=None if status == MentorStatus.PENDING else timezone.now() - datetime.timedelta(days=190),
            review_note=DECLINED_NOTE if status == MentorStatus.DECLINED else "",
        )
        profile.schools.set({home_school, rng.choice(schools)})
        return profile

    def _educator_request(self, index, language, schools):
        rng = self.rng
        first_name, last_name = self._name(language, index + 11)
        school = rng.choice(schools)
        user = self._person(
            f"educator{index + 1:02d}@{EMAIL_DOMAIN}",
            language,
            MemberRole.EDUCATOR,
            first_name,
            last_name,
            school=school,
            years=rng.randint(0, 3),
        )
        return MentorRequest.objects.create(
            mentee=user,
            help_with=self._sample(Expertise.choices, 1, 3),
            details=REQUEST_DETAILS[language] if rng.random() < 0.6 else "",
            subject=rng.choice(Subject.values),
            grade_band=rng.choice(GradeBand.values),
            school=school,
            language=SPOKEN[language],
            meeting_format=rng.choice(RequestedFormat.values),
            frequency=rng.choice(MeetingFrequency.values),
            created_at=timezone.now() - datetime.timedelta(days=rng.randint(10, 300)),
        )

    def _mentorships(self, mentors, requests):
        """The oldest requests found their mentor: the one the ranking puts first, as a coordinator would."""
        coordinator = User.objects.get(email=f"coordinator@{EMAIL_DOMAIN}")
        requests = sorted(requests, key=lambda mentor_request: mentor_request.created_at)
        plan = (
            [MentorshipStatus.COMPLETED] * COMPLETED_MENTORSHIPS
            + [MentorshipStatus.ACTIVE] * ACTIVE_MENTORSHIPS
            + [MentorshipStatus.PENDING] * PENDING_PROPOSALS
        )
        for mentor_request, status in zip(requests, plan, strict=False):
            suggestions = rank_mentors(mentor_request, limit=1)
            if not suggestions:
                continue
            self._mentorship(mentor_request, suggestions[0].mentor, status, coordinator)

    def _mentorship(self, mentor_request, mentor, status, coordinator):
        rng = self.rng
        months = rng.choice([3, 4, 6, 6, 9, 12])
        if status == MentorshipStatus.COMPLETED:
            started = self.today - datetime.timedelta(days=30 * months + rng.randint(20, 60))
        elif status == MentorshipStatus.ACTIVE:
            started = self.today - datetime.timedelta(days=rng.randint(14, 30 * min(months, 4) - 15))
        else:
            started = None
        proposed = timezone.now() - datetime.timedelta(days=(self.today - started).days + 3 if started else 2)
        mentorship = Mentorship.objects.create(
            request=mentor_request,
            mentor=mentor,
            mentee=mentor_request.mentee,
            status=status,
            planned_months=months,
            proposed_by=coordinator,
            proposed_at=proposed,
            responded_at=proposed + datetime.timedelta(days=2) if started else None,
            started_on=started,
            planned_end=add_months(started, months) if started else None,
            ended_at=timezone.now() - datetime.timedelta(days=rng.randint(5, 15))
            if status == MentorshipStatus.COMPLETED
            else None,
            ended_by=mentor.user if status == MentorshipStatus.COMPLETED else None,
        )
        if status == MentorshipStatus.ACTIVE:
            mentor_request.status = RequestStatus.MATCHED
        elif status == MentorshipStatus.COMPLETED:
            mentor_request.status, mentor_request.closed_at = RequestStatus.CLOSED, mentorship.ended_at
        mentor_request.save(update_fields=["status", "closed_at"])
        if started:
            self._checkins(mentorship, started, mentorship.ended_at.date() if mentorship.ended_at else self.today)

    def _checkins(self, mentorship, started, until):
        rng = self.rng
        day = started + datetime.timedelta(days=rng.randint(3, 10))
        checkins = []
        while day < until:
            author = mentorship.mentee if len(checkins) % 2 else mentorship.mentor.user
            checkins.append(
                CheckIn(
                    mentorship=mentorship,
                    author=author,
                    date=day,
                    minutes=rng.choice([30, 45, 45, 60, 60, 90]),
                    topics=rng.choice(CHECKIN_TOPICS),
                    private_note=rng.choice(PRIVATE_NOTES),
                    shared_to_portfolio=author == mentorship.mentee and rng.random() < 0.5,
                )
            )
            day += datetime.timedelta(days=rng.randint(12, 24))
        CheckIn.objects.bulk_create(checkins)
