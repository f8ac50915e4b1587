"""Short made-up news stories of other kinds than the seed, written for the tests.

None is copied from any corpus. Each has a headline and several paragraphs, as news does.
"""

SPORT = """Rovers climb to second after late winner

Rovers moved up to second in the table on Saturday after a late winner from striker Dan Kerr sealed a 2-1 victory over Albion.

Kerr's goal, a low shot in the 89th minute, gave Rovers three points that keep their promotion hopes alive. Albion stay in the bottom half of the table.

Albion had taken the lead through a header from Sam Ode after 20 minutes, but their defence struggled to contain the Rovers attack after the break.

"The promotion race is tight, and every point matters now," Rovers manager Lee Hart said. "We need to keep winning and the table will take care of itself."

Rovers host the league leaders next Saturday, with two points separating the sides at the top of the table.
"""

BUSINESS = """Grocer's profit jumps as online sales grow

Shares in the grocery chain Fenwick Stores rose 6 percent on Tuesday after the company reported a 15 percent rise in quarterly profit.

Online sales grew 30 percent in the quarter, and the chain said its delivery business was now profitable in every region it serves.

Chief Executive Mara Quill said the company would open 40 new stores next year and hire 2,000 staff for its delivery operation.

Analysts said the results beat forecasts, but warned that rising wages and energy prices could squeeze profit margins later in the year.

"Online sales are now a fifth of our revenue, and our stores remain the backbone of the business," Quill said.
"""

SCIENCE = """Telescope finds water vapour on distant planet

Astronomers using a space telescope have detected water vapour in the atmosphere of a planet orbiting a small star 120 light years away.

The planet, about twice the size of Earth, lies in the zone where temperatures could allow liquid water on its surface, the team reported in a journal paper.

The telescope measured starlight passing through the planet's atmosphere, and the water signal appeared in three separate observations.

"Finding water vapour in the atmosphere of a planet this size is a first," said lead author Ina Roth. "The next step is to look for clouds and other molecules."

Other astronomers cautioned that the star's activity could mimic part of the signal, and called for more observations with the telescope.
"""

STORM = """Storm cuts power to thousands and closes airport

A powerful storm brought winds of up to 90 miles per hour to the coast overnight, cutting power to 40,000 homes and closing the regional airport.

Crews worked through the night to restore power, and the utility said most homes should have electricity again by Wednesday evening.

The airport cancelled all flights on Tuesday, and security staff helped stranded passengers find hotels in the city.

Flooding closed several roads near the river, and the weather service warned that more rain was expected on Thursday.

"The storm was stronger than forecast, and the flooding is the main danger now," said county emergency manager Rita Vance.
"""

LOCAL = """Council approves budget with new funds for roads and schools

The city council voted 7-2 on Monday to approve a budget that raises spending on roads and schools and freezes property taxes for a second year.

The budget sets aside $12 million to repair roads and bridges, and $8 million for repairs at three schools.

Council member Ana Ruiz, who voted against the budget, said the plan relied on reserves and would leave the city short if tax revenue fell.

Mayor Tom Gale said the budget kept property taxes flat while fixing roads and schools that residents had waited years to see repaired.

The council will vote on the schools plan in detail at its next meeting in March.
"""

ENTERTAINMENT = """Festival film wins top prize as director thanks her cast

A drama about a family running a seaside hotel won the top prize at the film festival on Sunday, capping a week of sold-out screenings.

Director Lena Park thanked her cast and crew, saying the film had taken six years to make and nearly ran out of money twice.

The festival jury praised the film's cast and its script, and gave its acting prize to the film's young star, Cal Moss.

The film will open in cinemas in the spring, and a streaming service has bought the rights to show it next year.

"This film is about a family that refuses to give up, and so was making it," Park said as she held the prize.
"""

ALL = {
    "sport": SPORT,
    "business": BUSINESS,
    "science": SCIENCE,
    "storm": STORM,
    "local politics": LOCAL,
    "entertainment": ENTERTAINMENT,
}
