package classify

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	newsv1 "github.com/newsflow/newsflow/proto/newsflow/v1"
	"github.com/newsflow/newsflow/services/classifier/taxonomy"
)

// topicCodes returns every topic code of tags, inherited ones included.
func topicCodes(tags *newsv1.EntryTags) []string {
	var out []string
	for _, tp := range tags.Topics {
		out = append(out, tp.Code)
	}
	return out
}

// TestDeskTopics checks the desk rules of topic-rules.json on invented
// stories: each should get its desk's topic, and each near miss (a story
// that borrows a desk's words without being about it) should not.
func TestDeskTopics(t *testing.T) {
	c := newTestClassifier(t)
	const (
		sport      = "medtop:15000000"
		soccer     = "medtop:20001065"
		tennis     = "medtop:20001085"
		cricket    = "medtop:20000888"
		iceHockey  = "medtop:20000965"
		economy    = "medtop:20000344"
		business   = "medtop:20000170"
		markets    = "medtop:20000385"
		election   = "medtop:20000574"
		arts       = "medtop:20000002"
		cinema     = "medtop:20000005"
		music      = "medtop:20000018"
		disaster   = "medtop:20000148"
		accident   = "medtop:20000139"
		weather    = "medtop:17000000"
		health     = "medtop:07000000"
		disease    = "medtop:20000446"
		education  = "medtop:05000000"
		religion   = "medtop:12000000"
		labour     = "medtop:09000000"
		labourDisp = "medtop:20000529"
		science    = "medtop:13000000"
		astronomy  = "medtop:20000738" // scientific exploration
		technology = "medtop:20000756"
		climate    = "medtop:20000418"
		judiciary  = "medtop:20000106"
		unrest     = "medtop:20000065"
		conflict   = "medtop:16000000"
		discipline = "medtop:20000822"
		terrorism  = "medtop:20000103"
		actOfTerr  = "medtop:20000053"
		cyberWar   = "medtop:20001361"
		cyberCrime = "medtop:20000086"
		nature     = "medtop:20000441"
		intlRel    = "medtop:20000638"
		sector     = "medtop:20000209"
		biomedical = "medtop:20000710"
		natSci     = "medtop:20000717"
		conserve   = "medtop:20000420"
		resources  = "medtop:20000430"
		polCrisis  = "medtop:20000647"
		healthFac  = "medtop:20000461"
		relLeader  = "medtop:20000703"
		sportDisc  = "medtop:20001103"
		aerospace  = "medtop:20000757"
		armedConf  = "medtop:20000056"
		transfer   = "medtop:20001148"
		lawEnforce = "medtop:20000129"
		government = "medtop:20000593"
	)
	tests := []struct {
		name, title, text string
		want, not         []string
	}{
		{
			name:  "football match report",
			title: "Late header rescues a point for the visitors",
			text:  "The striker headed in a stoppage-time equaliser as the visitors came back from a goal down. The goalkeeper had kept them in the match with two saves in the first half, and the midfielder was sent off after a second yellow card. The manager said the squad showed character; the draw leaves the club fourth in the league.",
			want:  []string{sport, soccer},
			not:   []string{iceHockey, labourDisp},
		},
		{
			name:  "tennis",
			title: "Top seed through in straight sets",
			text:  "The top seed needed just 70 minutes to win in straight sets, saving the only break point she faced in the second set. She meets an unseeded qualifier in the quarterfinals of the tournament.",
			want:  []string{sport, tennis},
			not:   []string{soccer},
		},
		{
			name:  "cricket",
			title: "Tourists collapse on the final day",
			text:  "The tourists lost seven wickets for 60 runs as the spinner finished with five for 42. Their captain was caught at slip, and the last two batsmen could not save the test match. The series is level with one test to play.",
			want:  []string{sport, cricket},
		},
		{
			name: "near miss: a DNA match is not sport",
			text: "Investigators said the DNA match linked the suspect to the scene. The laboratory result was the first match in the national database this year, and the team of analysts will present the evidence in court.",
			not:  []string{sport, soccer},
		},
		{
			name: "near miss: a season and a game in a restaurant review",
			text: "The chef's winter menu leans on the season's game: venison, pheasant and a rich hare stew. The team in the kitchen has won over the neighbourhood.",
			not:  []string{sport},
		},
		{
			name:  "economy",
			title: "Central bank holds interest rates as inflation eases",
			text:  "The central bank kept its benchmark interest rate unchanged on Thursday after inflation slowed for a third month. Economists expect growth to weaken as exports fall and consumer spending cools, and several warned of a recession next year.",
			want:  []string{economy},
		},
		{
			name: "near miss: the market square is not markets",
			text: "Stallholders in the market square sold bread, cheese and flowers on Saturday morning. The town's weekly market has run for 300 years, and the shares of the stalls are passed down in families.",
			not:  []string{markets, business, economy},
		},
		{
			name:  "markets",
			title: "Stocks slide as oil prices jump",
			text:  "Shares fell across Asia as crude oil rose above $90 a barrel. The Nikkei lost 2 percent and the Hang Seng fell 1.8 percent, while the dollar weakened against the yen. Traders said investors were moving into bonds.",
			want:  []string{markets},
		},
		{
			name:  "company results",
			title: "Carmaker profit falls as sales slow",
			text:  "The carmaker said quarterly net income fell 20 percent on lower sales in North America. Its chief executive told analysts the company would cut 2,000 jobs and restructure its European business. Shareholders will vote on the plan in May.",
			want:  []string{business},
		},
		{
			name:  "an industry's product",
			title: "Budget airline unveils its cheapest fares yet",
			text:  "The low-cost airline unveiled a new fare structure on Tuesday, with seats from London to Madrid priced at 19 euros. Rival carriers and the wider aviation industry expect a price war; analysts said consumers will benefit while the sector's margins shrink. The airline also plans new routes and a loyalty scheme for frequent customers.",
			want:  []string{sector},
		},
		{
			name:  "spot checks and impaired driving charges are law enforcement",
			title: "Two charged despite weekend spot checks",
			text:  "Two drivers were charged with impaired driving on Sunday night despite spot checks across the region. Officers tracked down one driver who had left the scene and charged him.",
			want:  []string{lawEnforce},
		},
		{
			name:  "a preview told in records and streaks is sport",
			title: "Unbeaten visitors test the hosts",
			text:  "The hosts face the undefeated visitors tonight, hoping to end a three-game losing streak in front of their fans. The visitors sit top of the standings and are ranked fifth after a big win; their coach said the team had watched clips of last season's game all week.",
			want:  []string{discipline},
		},
		{
			name:  "a player not for sale is a transfer story",
			title: "Striker is not for sale, says manager",
			text:  "The club's manager said his striker is not for sale and he will not listen to offers in January, despite speculation that the forward wants to leave. Two Premier League clubs had asked about him, and a rival claims a pre-contract agreement with the player.",
			want:  []string{transfer},
		},
		{
			name:  "factions fighting in the streets are armed conflict",
			title: "Rival factions in deadly clashes in the city",
			text:  "Deadly clashes erupted on Monday between rival factions, as armed groups fought gun battles in the streets for hours. Troops sealed off the district; at least four people were killed and 60 wounded in the worst fighting for a month.",
			want:  []string{armedConf},
		},
		{
			name:  "a shuttle launch delayed is aerospace engineering",
			title: "Shuttle launch scrubbed again over fuel sensors",
			text:  "The space agency scrubbed the launch of the shuttle on Thursday after a fuel sensor in the external fuel tank failed a test during the countdown. Engineers will replace the wiring before the next launch window opens, and the crew returned to their quarters.",
			want:  []string{aerospace, technology},
		},
		{
			name: "near miss: an airport shuttle and a rocket of a goal are no aerospace",
			text: "Fans took the airport shuttle to the stadium, where the striker scored with a rocket from 30 yards. The flight home was delayed by fog, and the crew of the team bus waited on the launch of the new kit.",
			not:  []string{aerospace},
		},
		{
			name:  "a sentence handed down is judiciary",
			title: "Former clerk gets life in prison for plot",
			text:  "A former bank clerk was sentenced to life in prison on Friday for plotting to bomb two offices. His lawyer said he would appeal the sentence; the defendant had rejected a plea deal last year.",
			want:  []string{judiciary},
		},
		{
			name:  "a governor's inauguration is government",
			title: "New governor sworn in at the state capitol",
			text:  "The new governor was sworn in on Monday before the state legislature, promising to cut the state government's budget. The first lady and the lieutenant governor stood beside him at the inauguration.",
			want:  []string{government},
		},
		{
			name:  "the January sales are the retail sector",
			title: "Shoppers queue through the night for the winter sale",
			text:  "Thousands of shoppers queued outside the department store before the winter sale opened at dawn. Bargain hunters found discounts of up to 70 percent on the high street, and retailers expect the January sales to lift takings after a weak Christmas.",
			want:  []string{sector},
		},
		{
			name: "near miss: a rocket launch is not an industry story",
			text: "The space agency will launch the probe next week. The rocket's engine passed its final tests at the plant, and the team said its models of the orbit were confirmed by the telescope.",
			not:  []string{sector},
		},
		{
			name:  "biomedical science",
			title: "Scientists turn skin cells into embryonic stem cells",
			text:  "Researchers reprogrammed adult skin cells so that they behave like embryonic stem cells, without destroying an embryo. The team switched on four genes and checked the DNA of the new cells in the laboratory; the work, published in a journal on Thursday, could one day yield tissue for transplants.",
			want:  []string{biomedical},
		},
		{
			name: "near miss: DNA evidence in a trial is not biomedical science",
			text: "The jury heard that DNA found on the knife matched the defendant. The prosecution said the genetic evidence was beyond doubt; the defence will call its own expert on Monday.",
			not:  []string{biomedical},
		},
		{
			name:  "natural science",
			title: "Birds learn songs from their neighbours, study finds",
			text:  "Biologists recorded thousands of songs from wild finches and found that young males copy the neighbours they hear most. The researchers say the behaviour helps the species keep local dialects, and that the findings shed light on the evolution of learning among animals.",
			want:  []string{natSci},
		},
		{
			name:  "conservation",
			title: "Rare tigers released into the wild",
			text:  "Two endangered tigers bred in captivity were released into the wild in a national park on Friday. Conservationists hope the animals will help the population recover; poaching and the loss of their forest habitat have pushed the species towards extinction.",
			want:  []string{conserve},
		},
		{
			name: "near miss: a park and a zoo visit",
			text: "Families spent the holiday in the park, and the zoo stayed open late. The animals were fed at noon, and the mayor said the city would protect the old trees by the lake.",
			not:  []string{conserve},
		},
		{
			name:  "natural resources",
			title: "Farmers turn to switchgrass for biofuel",
			text:  "Farmers on marginal land are planting switchgrass to supply ethanol plants, a renewable alternative to fossil fuels. The crop needs little water and fertiliser, and studies suggest biofuel from it yields far more energy than it takes to grow.",
			want:  []string{resources},
		},
		{
			name: "near miss: petrol prices are not natural resources",
			text: "Drivers paid more for petrol this week as oil prices rose. The gas station on Main Street raised its prices twice, and the energy company said fuel costs would stay high through the winter.",
			not:  []string{resources},
		},
		{
			name:  "political crisis",
			title: "Opposition leader assassinated as turmoil grows",
			text:  "The opposition leader was assassinated at a rally on Thursday, plunging the country into its worst political crisis in a decade. The government declared a state of emergency and postponed the elections; riots broke out in three cities, and the army was deployed as party supporters blamed the regime. Diplomats warned of instability and a power vacuum.",
			want:  []string{polCrisis},
		},
		{
			name: "near miss: a crisis at a football club",
			text: "The club is in crisis after a fifth defeat in a row. The manager said the standoff with the board would not distract the players, and the supporters protested outside the stadium before the game.",
			not:  []string{polCrisis},
		},
		{
			name:  "health facility",
			title: "Inspectors criticise hospital ward after patient complaints",
			text:  "Inspectors found that the psychiatric ward of the city hospital was short of nurses and that patients waited hours for treatment. The health service said it would hire more nursing staff, reopen closed beds and review how complaints from patients and their families are handled at its clinics.",
			want:  []string{healthFac},
		},
		{
			name: "near miss: an injured driver taken to hospital",
			text: "Two people were injured when a car hit a lamppost on the high street. The driver was taken to hospital with minor injuries, and police closed the road for two hours.",
			not:  []string{healthFac},
		},
		{
			name:  "religious leader",
			title: "Pope calls for peace in Christmas message",
			text:  "The pope used his Christmas message to call for an end to the fighting. Speaking from the balcony of St Peter's, the pontiff urged leaders to talk; bishops and the Vatican's cardinals joined him, and the archbishop of the city read a prayer for refugees.",
			want:  []string{relLeader},
		},
		{
			name:  "disciplinary action in sport",
			title: "Striker suspended for three games",
			text:  "The league suspended the club's striker for three games and fined him after a disciplinary hearing on Monday. The player had been sent off in the derby; the coach said the team would appeal the ban before the next season game.",
			want:  []string{sportDisc},
		},
		{
			name: "near miss: a suspended sentence is not sport",
			text: "The court gave the former official a suspended sentence and fined him for fraud. The judge said the disciplinary panel of his department would decide on his pension.",
			not:  []string{sportDisc},
		},
		{
			name:  "a condition named in a short study report",
			title: "Late-night screens linked to insomnia",
			text:  "Teenagers who use screens after midnight are more likely to suffer from insomnia and headaches, a study found. Those who stopped reported better sleep and fewer symptoms within two weeks, and fell asleep faster.",
			want:  []string{disease},
		},
		{
			name:  "election",
			title: "Polls open in tight presidential race",
			text:  "Voters queued at polling stations from dawn as the two candidates ended their campaigns. Opinion polls put the opposition candidate narrowly ahead; turnout is expected to be high and the electoral commission will publish results on Monday.",
			want:  []string{election},
		},
		{
			name: "near miss: the all-star vote is not an election",
			text: "Fans can vote online for the all-star game until Friday. The striker leads the voting among forwards, and the club said its players were grateful for the support of the fans this season.",
			not:  []string{election},
		},
		{
			name:  "film review",
			title: "A quiet drama that grows on you",
			text:  "The director's third film follows a retired actor who returns to the stage. The actress who plays his daughter is superb, and the screenplay gives the cast room to breathe. The movie opens in cinemas on Friday after its premiere at the festival.",
			want:  []string{arts, cinema},
			not:   []string{sport},
		},
		{
			name:  "music",
			title: "Band announces tour and new album",
			text:  "The rock band will release its fifth album in March and play 30 concerts across Europe. The singer said the songs were written on the road; the first single is out next week on the record label's website.",
			want:  []string{arts, music},
		},
		{
			name:  "earthquake",
			title: "Earthquake kills dozens in mountain villages",
			text:  "A magnitude 6.4 earthquake destroyed hundreds of homes in remote villages, and the death toll rose to 48 overnight. Rescue workers searched the rubble for survivors as aftershocks shook the region; thousands were evacuated to tents.",
			want:  []string{disaster},
		},
		{
			name:  "road accident",
			title: "Five killed in motorway pile-up",
			text:  "Five people were killed and twelve injured when a lorry crashed into stationary traffic in fog. Emergency services said the collision involved eleven vehicles; paramedics treated the injured at the scene and an air ambulance flew two to hospital.",
			want:  []string{accident},
		},
		{
			name:  "weather",
			title: "Snow and freezing temperatures to continue",
			text:  "Forecasters said heavy snow and strong winds would continue through the weekend, with temperatures falling to minus 15 degrees Celsius overnight. The weather service issued a blizzard warning and urged drivers to avoid icy roads.",
			want:  []string{weather},
		},
		{
			name: "near miss: a political storm is not weather",
			text: "The minister faced a storm of criticism over the budget. The opposition said the plan would leave families out in the cold, and the government's forecast of growth was too rosy.",
			not:  []string{weather},
		},
		{
			name:  "health",
			title: "Flu outbreak fills hospital wards",
			text:  "Hospitals have postponed surgery as a flu outbreak filled wards. Doctors said most patients were elderly, and health officials urged people over 65 to get the vaccine. The infection spreads fastest in care homes.",
			want:  []string{health, disease},
		},
		{
			name: "near miss: a computer virus is not a disease story",
			text: "The virus spread through e-mail attachments and infected thousands of office computers. The software company released a patch and urged users to update their systems.",
			not:  []string{disease, health},
		},
		{
			name:  "schools",
			title: "Teachers warn over exam changes",
			text:  "Head teachers said the new exams would put pupils under pressure. The curriculum changes take effect next year in secondary schools, and the teachers' association said classrooms lacked the staff to teach the new syllabus.",
			want:  []string{education},
		},
		{
			name:  "religion",
			title: "Pope calls for peace in Christmas message",
			text:  "The pope told thousands of pilgrims in St Peter's Square that the church must stand with the poor. Bishops and priests from across the world attended the mass; the Vatican said prayers would be held in every diocese.",
			want:  []string{religion},
		},
		{
			name:  "strike",
			title: "Rail workers strike over pay",
			text:  "Train drivers walked out on Monday after talks over wages broke down. The union said members had rejected a pay offer of 2 percent; pickets gathered outside depots and the employer said the industrial action would cost millions.",
			want:  []string{labour, labourDisp},
		},
		{
			name: "near miss: an air strike is not a labour dispute",
			text: "An air strike destroyed the compound, and a second strike hit a convoy. The union of the two rebel factions said the talks were over.",
			not:  []string{labourDisp},
		},
		{
			name:  "space probe",
			title: "Probe sends back first images of Mercury",
			text:  "NASA's spacecraft flew 200 kilometres above the planet's surface and returned images of craters never seen before. Astronomers said the flyby would help explain how the solar system formed; the probe will enter orbit in 2011.",
			want:  []string{science, astronomy},
		},
		{
			name: "near miss: a police probe is not astronomy",
			text: "Police opened a probe into the collapse of the stand. The investigation will look at the orbit of contractors around the council, officials said.",
			not:  []string{astronomy, science},
		},
		{
			name:  "technology",
			title: "New smartphone runs on a faster chip",
			text:  "The handset uses a new processor and ships with an updated operating system. The software lets users download apps over wireless broadband, and the company said the device will go on sale online next month.",
			want:  []string{technology},
		},
		{
			name:  "climate",
			title: "Arctic ice melts faster than forecast",
			text:  "Scientists said global warming was shrinking the polar ice cap faster than climate models predicted. Greenhouse gas emissions rose again last year, and sea levels could rise by a metre this century.",
			want:  []string{climate},
		},
		{
			name:  "court",
			title: "Jury finds former banker guilty",
			text:  "A jury found the former banker guilty of fraud after a six-week trial. The judge will pass sentence next month; his lawyer said he would appeal the verdict, and prosecutors said they would seek a prison term.",
			want:  []string{judiciary},
		},
		{
			name:  "protest",
			title: "Police fire tear gas at protesters",
			text:  "Police fired tear gas and water cannon at thousands of protesters who marched on parliament. Demonstrators chanted against the government, and the riot police dispersed the crowds after clashes near the square.",
			want:  []string{unrest},
		},
		{
			name:  "relative weight: sport words in a story on a terror plot",
			title: "Terror plot foiled",
			text:  "Police foiled a terror plot and arrested three terrorist suspects. The terrorists planned a suicide bombing and a second bomb attack; investigators said the terror cell had links to jihadist recruiters and had studied the security of the league's championship match, the club's fans and the stadium before the season's final. Counter-terrorism officers said the plot was the most serious terror threat this year; the terrorist suspects face terrorism charges, and a fourth terror suspect is sought.",
			want:  []string{terrorism},
			not:   []string{discipline, sport},
		},
		{
			name:  "act of terror",
			title: "Suicide bomber kills 20 at market",
			text:  "A suicide bomber blew himself up in a crowded market, killing 20 people and wounding dozens. Militants claimed responsibility for the attack, the third bombing in the city this month, and police said the terror group had threatened more attacks.",
			want:  []string{actOfTerr, conflict},
		},
		{
			name: "near miss: a thriller about a bombing is not an act of terror",
			text: "The thriller follows a detective who races to stop a bombing; the film's attack scenes were shot in Prague, and the actor said the explosion sequence took a week.",
			not:  []string{actOfTerr},
		},
		{
			name:  "cyber warfare",
			title: "State-sponsored hackers target ministries",
			text:  "A state-sponsored espionage group sent spear-phishing e-mails to foreign ministries, installing a backdoor and a second-stage payload. The malware used an exploit in office software, and its command servers were hidden in compromised infrastructure.",
			want:  []string{cyberWar, conflict},
		},
		{
			name:  "near miss: a ransomware gang is cyber crime, not warfare",
			title: "Ransomware gang extorts hospitals",
			text:  "The ransomware gang encrypted hospital systems and demanded a ransom, threatening to leak stolen data. The cybercriminals used phishing e-mails and a loader to deliver the malware, and victims were told to pay in bitcoin to end the extortion.",
			want:  []string{cyberCrime},
			not:   []string{cyberWar},
		},
		{
			name:  "nature",
			title: "Zoo's polar bear cubs thrive",
			text:  "Two polar bear cubs born at the zoo have started to explore their enclosure. Keepers said the animals were healthy; the species is endangered in the wild, and the zoo's breeding programme is part of a conservation plan for its arctic habitat.",
			want:  []string{nature},
		},
		{
			name:  "international relations",
			title: "Leaders pledge cooperation at summit",
			text:  "The two presidents met for talks at a summit on Thursday and signed a treaty on trade and security. The foreign minister said relations between the countries had never been better, and diplomats from both embassies will prepare a state visit next year.",
			want:  []string{intlRel},
		},
		{
			name:  "a game report in the desk's common words only (no position, league or discipline named)",
			title: "Hosts stretch winning run to four",
			text:  "The hosts beat the visitors 104-98 for their fourth straight victory of the season. Their top scorer had 31 points and nine rebounds, and the coach praised a team that has won six of its last seven games. The visitors' defeat was their third in a row on the road, and their injured forward will miss the next match.",
			want:  []string{sport},
		},
		{
			name:  "a brief with a strong cue in the headline and one more cue (fallback)",
			title: "Rovers sign veteran goalkeeper",
			text:  "The 34-year-old joins the club on a free transfer.",
			want:  []string{sport},
		},
		{
			name: "near miss: a chess battle and a drug war are not war",
			text: "The champion won a long battle over the board, and the film about the war on drugs opened the festival. The actor said the fighting scenes took weeks.",
			not:  []string{conflict},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tags := c.Document(tt.title, tt.text)
			got := topicCodes(tags)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s (got %v)", w, got)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("near miss tagged %s (got %v)", n, got)
				}
			}
			for _, tp := range tags.Topics {
				if len(tp.Evidence) == 0 {
					t.Errorf("topic %s carries no evidence", tp.Code)
				}
			}
		})
	}
}

// TestRelativeWeight shows what Rule.Relative does: the sport desk's
// evidence in a story about a terror plot reaches the desk's own
// thresholds, and only its weight beside the story's main topic keeps it
// off.
func TestRelativeWeight(t *testing.T) {
	const discipline = "medtop:20000822"
	title := "Terror plot foiled"
	text := "Police foiled a terror plot and arrested three terrorist suspects. The terrorists planned a suicide bombing and a second bomb attack; investigators said the terror cell had links to jihadist recruiters and had studied the security of the league's championship match, the club's fans and the stadium before the season's final. Counter-terrorism officers said the plot was the most serious terror threat this year; the terrorist suspects face terrorism charges, and a fourth terror suspect is sought."
	c := newTestClassifier(t)
	require.NotContains(t, topicCodes(c.Document(title, text)), discipline)

	tax := *c.tax
	tax.Rules = slices.Clone(c.tax.Rules)
	found := false
	for i := range tax.Rules {
		if tax.Rules[i].Code == discipline && tax.Rules[i].Relative > 0 {
			tax.Rules[i].Relative, found = 0, true
		}
	}
	require.True(t, found, "the sport desk has a relative weight")
	plain, err := New(&tax)
	require.NoError(t, err)
	require.Contains(t, topicCodes(plain.Document(title, text)), discipline, "without it the sport words would tag the story")
}

// TestDistinctTermsOnce checks that two patterns of one rule matching the
// same word ("military" and "militar*") are one distinct term, while a
// second word the prefix covers ("militarised") is another.
func TestDistinctTermsOnce(t *testing.T) {
	c := newTestClassifier(t)
	tax := *c.tax
	q, err := taxonomy.ParseQuery(`(or/countunique>=2 (text_content any "military militar*"))`)
	require.NoError(t, err)
	tax.Rules = []taxonomy.Rule{{ID: "t", Code: "medtop:20000056", Origin: "curated", Query: q.String(), Expr: q, MinEvidence: 1}}
	one, err := New(&tax)
	require.NoError(t, err)
	require.Empty(t, one.Document("", "The military moved. The military stayed.").Topics, "one word, two patterns: one distinct term")
	require.Contains(t, topicCodes(one.Document("", "The military moved into the militarised zone.")), "medtop:20000056")
}

// TestHackNeedsComputers checks that "hacked" counts for cyber crime only
// beside a word of computers or networks: rebels who hacked villagers
// with machetes are not hackers.
func TestHackNeedsComputers(t *testing.T) {
	const cyberCrime = "medtop:20000086"
	c := newTestClassifier(t)
	require.NotContains(t, topicCodes(c.Document("Survivors describe the raid",
		"Witnesses said the rebels hacked villagers with machetes and hacked at the doors of the church.")), cyberCrime)
	require.Contains(t, topicCodes(c.Document("Retailer says it was hacked",
		"Hackers hacked the retailer's servers and took customer passwords.")), cyberCrime)
	// A name that begins with the letters (Hackett, Hackney) is no hacking.
	require.NotContains(t, topicCodes(c.Document("Guard leads comeback",
		"Hackett scored 20 points and Hackett's steal sealed it; the team's website streamed the game online.")), cyberCrime)
}
