#!/usr/bin/env python3
"""Writes Data/common-passwords.txt: passwords that appear again and again in public breach corpora and
common-password lists, plus the predictable variations people make of them to reach a length rule
(a word followed by digits or a year, keyboard walks, repeated digits, everyday phrases).

The portal refuses any password on the list, compared without regard to case or spaces. Only entries of
12 characters or more can ever match (shorter passwords are refused by length), but the short classics
are kept so the list reads as what it is. Run: python3 scripts/common-passwords.py
"""
import os

CLASSICS = """123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321
superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter
buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel
starwars klaster 112233 george computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom
777777 pass maggie 159753 aaaaaa ginger princess joshua cheese amanda summer love ashley nicole chelsea
biteme matthew access yankees 987654321 dallas austin thunder taylor matrix welcome welcome1 admin
administrator passw0rd password1 password123 abc12345 qwerty123 1q2w3e4r 1q2w3e4r5t zaq12wsx football1
baseball1 solo login starwars1 princess1 monkey1 dragon1 master1 hello hello123 whatever qazwsxedc
qwe123 asdf1234 asdfghjkl zxcvbnm123 1qazxsw2 q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 987654 mypassword
secret secret123 changeme changeme123 default guest test test123 testing root toor letmein123 iloveyou1
iloveyou123 sunshine1 shadow1 lovely flower hottie loveme 888888 123654 666999 777888 102030 a123456
a12345678 aa123456 abcd1234 qwer1234 1234qwer 1234abcd 123abc abcdef abcdefg abcdefgh abcdefghi abcdefghij
samsung apple google facebook linkedin twitter yahoo microsoft windows linux ubuntu oracle cisco
internet office office365 outlook hotmail gmail email server network system security
contraseña contrasena senha motdepasse azerty azertyuiop 123azerty soleil doudou chouchou loulou marseille
bonjour coucou nicolas camille julien amour jetaime bienvenue tequiero teamo mexico argentina colombia
brasil brazil peru chile venezuela ecuador bolivia uruguay paraguay guatemala honduras panama cuba
canada jamaica haiti barbados bahamas grenada dominica trinidad belize guyana suriname
corinthians flamengo palmeiras santos gremio vasco botafogo cruzeiro boca river barcelona realmadrid
america chivas pumas tigres cruzazul millonarios nacional alianza universitario
estrella angelito princesa mariposa corazon amorcito hermosa chiquita tesoro familia jesus jesucristo
dios diosesamor gatito perrito futbol sebastian alejandro gabriel valentina camila daniela santiago
martina isabella mateo nicolas lucas sofia maria jose juan carlos luis pedro miguel antonio francisco
manuel javier fernando ricardo eduardo roberto alberto sergio jorge raul oscar victor hector pablo
gabriela fernanda patricia carolina andrea alejandra paola monica claudia veronica adriana natalia
beatriz joao pedro felipe rafael gustavo rodrigo bruno leonardo thiago vinicius marcelo
""".split()

WORDS = """password passw0rd p@ssword p@ssw0rd qwerty qwertyuiop asdfghjkl zxcvbnm letmein welcome iloveyou
admin administrator sunshine princess football baseball dragon monkey master shadow superman batman
trustno1 starwars computer internet michael jennifer charlie freedom whatever secret changeme
contrasena contraseña senha motdepasse azerty bienvenido bienvenue bemvindo teamo tequiero jetaime
amor amour futbol mexico brasil brazil colombia argentina canada chile peru cuba panama venezuela
comunidad pyme oea oas mipyme pymes empresa empresas gobierno ministerio economia economy
summer winter spring autumn monday friday january december hello hola ola bonjour
""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "123456789",
            "1234567890", "!", "1!", "123!", "1234!", "01", "007", "69", "2020", "2021", "2022", "2023",
            "2024", "2025", "2026", "@123", "#1", "000", "111", "321", "4321", "54321", "987654321"]

SEQUENCES = [
    "123456789012", "1234567890123", "12345678901234", "123456789123", "123456123456", "111111111111",
    "000000000000", "121212121212", "123123123123", "112233445566", "098765432109", "987654321987",
    "qwertyuiop12", "qwertyuiop123", "qwertyuiop1234", "qwertyuiopasdf", "qwertyuiopasdfgh",
    "qwertyuiopasdfghjkl", "qwertyuiopasdfghjklzxcvbnm", "asdfghjkl123", "asdfghjkl1234",
    "zxcvbnm12345", "1qaz2wsx3edc", "1qaz2wsx3edc4rfv", "qazwsxedcrfv", "qazwsxedcrfvtgb",
    "q1w2e3r4t5y6", "q1w2e3r4t5y6u7", "1q2w3e4r5t6y", "1q2w3e4r5t6y7u", "zaq12wsxcde3", "zaq1zaq1zaq1",
    "!qaz@wsx#edc", "abcdefghijkl", "abcdefghijklm", "abc123abc123", "abcd1234abcd", "aaaaaaaaaaaa",
    "qwerty123456", "qwerty1234567", "qwertyqwerty", "asdfasdfasdf", "azertyuiop12", "azertyuiop123",
    "1234qwerasdf", "qwer1234asdf", "passwordpassword", "letmeinletmein", "iloveyouiloveyou",
    "trustno1trustno1", "correcthorsebatterystaple", "correct horse battery staple",
]

PHRASES = [
    "iloveyou forever", "iloveyousomuch", "iloveyoubaby", "iloveyou2much", "ilovemyfamily",
    "ilovemymom", "ilovemydad", "ilovemykids", "ilovegod", "ilovejesus", "jesusloves me", "jesuslovesme",
    "godisgood", "godisgreat", "thankyoulord", "welcometothejungle", "letmeinplease", "opensesame",
    "thisismypassword", "mypasswordis", "mysecretpassword", "passwordispassword", "nopassword",
    "changemeplease", "changemenow", "pleasechangeme", "donotforget", "dontforgetit", "forgotmypassword",
    "idontknow", "idontremember", "whatisthepassword", "hellohellohello", "helloworld123", "hello world",
    "goodmorning", "goodnight", "happybirthday", "happydays", "happyhappy", "sunshineday",
    "teamomucho", "teamomuchisimo", "te amo mucho", "tequieromucho", "amoramor", "miamor", "mi amor",
    "eusoufeliz", "euteamo", "eu te amo", "te amo", "jetaimemonamour", "je t'aime", "mon amour",
    "welcome to the portal", "welcomewelcome", "administrator1", "adminadmin123", "admin123456",
    "administrator123", "rootroot1234", "toortoor1234", "useruser1234", "guestguest123", "testtest1234",
    "test12345678", "demo12345678", "sample password", "samplepassword", "default password", "defaultpassword",
    "temporary password", "temppassword", "newpassword", "new password", "oldpassword", "mynewpassword",
    "password of the day", "password for work", "workpassword", "officepassword", "companypassword",
    "summertime", "wintertime", "springtime", "christmas", "merrychristmas", "happynewyear",
    "football forever", "footballfan", "soccerfan", "barcelonafc", "realmadridcf", "manchesterunited",
    "liverpoolfc", "chelseafc", "arsenalfc", "juventus", "bayernmunich", "bocajuniors", "riverplate",
    "starwarsfan", "harrypotter", "lordoftherings", "gameofthrones", "pokemongo", "minecraft",
    "fortnite", "playstation", "nintendo", "supermario", "spiderman", "ironman", "captainamerica",
    "blackpanther", "wonderwoman", "princesa hermosa", "mariposa azul", "corazon de melon",
]

def main():
    entries, seen = [], set()

    def add(word):
        key = word.lower()
        if key not in seen:
            seen.add(key)
            entries.append(word)

    for word in CLASSICS + SEQUENCES + PHRASES:
        add(word)
    for word in WORDS:
        for suffix in SUFFIXES:
            add(word + suffix)
            if suffix:
                add(word.capitalize() + suffix)
    for digit in "0123456789":
        for length in range(6, 17):
            add(digit * length)
    for year in range(1950, 2031):
        for word in ["password", "welcome", "summer", "winter", "iloveyou", "football", "qwerty", "admin"]:
            add(f"{word}{year}")
            add(f"{word.capitalize()}{year}!")

    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Data", "common-passwords.txt")
    with open(target, "w", encoding="utf-8") as out:
        out.write("# Common and breached passwords refused by the portal. Generated by scripts/common-passwords.py.\n")
        out.write("\n".join(entries) + "\n")
    long_ones = sum(1 for e in entries if len(e.replace(" ", "")) >= 12)
    print(f"{len(entries)} passwords, {long_ones} of 12 characters or more")

main()
