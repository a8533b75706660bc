// Short news stories unlike the seeds (a war, a company, an election, a flood), shared by the tests.

export const WAR = `KYIV, Ukraine — Russian forces launched a wave of drone attacks on Kyiv overnight, Ukrainian officials said on Saturday.
Ukrainian President Volodymyr Zelensky said the attack targeted energy infrastructure. “Russia wants to leave us in the dark this winter,” Zelensky wrote on Telegram.
Moscow said its strikes hit military targets. The Kremlin spokesman, Dmitry Peskov, told reporters that Kyiv had rejected talks. “There is no basis for negotiations now,” Peskov said.
Kyiv accused Moscow of war crimes. The Ukrainian Foreign Ministry called on NATO to supply more air defence systems.
Defence Minister Rustem Umerov travelled to Brussels, where he met NATO Secretary General Jens Stoltenberg. Stoltenberg said the alliance would stand by Ukraine. “We will support Ukraine for as long as it takes,” the NATO chief said.
In Kharkiv, two people were killed, regional governor Oleh Syniehubov said.`;

export const CORPORATE = `Apple Inc said on Thursday that Chief Executive Tim Cook would visit China next month. Shares of the company rose 2% on the Nasdaq.
“China is a very important market for us,” Cook told analysts on a conference call. Apple’s chief financial officer, Luca Maestri, said revenue in Greater China fell 13%.
The European Commission fined the iPhone maker €1.8 billion in March. EU antitrust chief Margrethe Vestager said the company had abused its dominant position.
“This is illegal under EU antitrust rules,” Vestager said at a news conference in Brussels. Microsoft Corp and Alphabet Inc also reported results.`;

export const ELECTION = `Argentina's president-elect Javier Milei met outgoing President Alberto Fernandez at the Olivos residence on Tuesday. Milei, a libertarian economist, won Sunday's runoff against Economy Minister Sergio Massa with 56% of the vote.
“Today the reconstruction of Argentina begins,” Milei told supporters in Buenos Aires. Massa conceded defeat. The National Electoral Chamber said turnout was 76%.
U.S. President Joe Biden congratulated Milei, the White House said. Brazil's President Luiz Inacio Lula da Silva wished the new government luck but did not name Milei.`;

export const FLOOD = `Floods have killed at least 1,100 people in Pakistan since June, the National Disaster Management Authority said on Monday.
Prime Minister Shehbaz Sharif visited the town of Sukkur in Sindh province and appealed for international aid. “This is the worst flood in our history,” Sharif said in a televised address.
UN Secretary-General Antonio Guterres will travel to Islamabad on Friday. The United Nations has asked donors for $160 million. The Pakistani prime minister thanked China and Turkey for sending relief.
Climate Change Minister Sherry Rehman told Reuters that a third of the country was under water. Rehman blamed global warming.`;
