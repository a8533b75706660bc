// Family names that come first in the name as English news writes it: the commonest Chinese (pinyin and
// Wade-Giles/Cantonese forms) and Korean ones. Vietnamese names are left out on purpose: they too put the family
// name first, but English news calls the person by the last word ("Nguyen Phu Trong" is Trong). A name beginning with one of these is read family
// name first only when the rest is romanised syllables ("Xi Jinping", not "Kim Darroch"): see family-name.ts.
const CHINESE = `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie
song tang han deng feng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren yao shen
zhong cui tan fan liao shi jin jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao mao hao
gu gong shao wan qian kong xi bo chiang lai tsai ko hou wen qi chang tsang ho`;
const KOREAN = `kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang lim im han shin oh seo kwon hwang
ahn an song yoo ryu hong moon mun ban woo jeon jun noh roh bae baek nam heo koo min byun chae won chun son sohn suh
sung yeo hyun cha joo kwak ji bang tak pyo eom`;

export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(`${CHINESE} ${KOREAN}`.split(/\s+/).filter(Boolean));
