import { describe, expect, it } from 'vitest';
import { recognizePage } from '@/lib/linkedin/recognize-page';
import { Recognition } from '@/lib/linkedin/types';
import { REAL_PAGE_URLS } from '@/tests/fixtures/linkedin/pages';
import { digest, hasRealPages, real, SKIP_REAL_PAGES } from './fixtures';

/**
 * Every real LinkedIn page in ../shared/fixtures/linkedin/ with what Rapport
 * must recognise on it, derived by reading each page (provenance and
 * generations: ../shared/fixtures/linkedin/SOURCES.md). Names and slugs are
 * written out (the URL each page was saved from is in tests/fixtures/linkedin/pages.ts); post texts are compared by length and hash so that real
 * people's posts are not copied here; avatars by their image asset id.
 */

type Author = [kind: 'person' | 'company', name: string, slug: string | null];
interface Expected {
  file: string;
  page: Recognition['page'];
  profile: { slug: string; name: string; headline: string | null; location: string | null; company: string | null; avatar: string | null; memberId?: string } | null;
  posts: Array<{ key: string; urn: 'KEY' | null; author: Author | null; text: string | null }>;
  degraded: string | null;
}

const KEY = 'KEY' as const;

const REAL_PAGES: Expected[] = [
  {
    file: "profile/TanishG03__Megathon2023__basic.html",
    page: 'profile',
    profile: { slug: "aaditya-vardhan-narain-9142581b5", name: "Aaditya Vardhan Narain", headline: "Sophomore at IIIT- Hyderabad", location: "Hyderabad, Telangana, India", company: "Sports council IIIT Hyderabad", avatar: "C4D03AQGQw8jfebTGTg" },
    posts: [],
    degraded: null,
  },
  {
    file: "profile/ChaitanyaKiran14__LinkedinUserProfileScraper__linkedin_page.html",
    page: 'profile',
    profile: { slug: "rajender-sharma-bb2a7718", name: "Rajender Sharma", headline: "CEO | IT Leader | Strategic Visionary", location: "Mumbai, Maharashtra, India", company: null, avatar: "D4D03AQFSxLZ8ty4wKA" },
    posts: [],
    degraded: null,
  },
  {
    file: "profile/ChaitanyaKiran14__LinkedinUserProfileScraper__test.html",
    page: 'profile',
    profile: { slug: "laxmimerit", name: "Laxmi Kant Tiwari", headline: "Gen AI in Finance & Investment Services | Data Scientist | IIT Kharagpur | Asset Management | AI-Driven Financial Modeling | Search Ranking | NLP Python BERT AWS Elasticsearch GNN SQL LLM | AI in Investment Strategies", location: "Mumbai, Maharashtra, India", company: null, avatar: null },
    posts: [],
    degraded: null,
  },
  {
    file: "profile/TanishG03__Megathon2023__COMBINED_basic__b4a23fc.html",
    page: 'profile',
    profile: { slug: "aman-gupta-7217a515", name: "Aman Gupta", headline: "Co Founder and CMO at boAt Lifestyle (Hiring at all Levels)", location: "Delhi, India", company: "boAt", avatar: "D4D03AQFVEEFxxCQMVQ" },
    posts: [],
    degraded: null,
  },
  {
    file: "profile/TanishG03__Megathon2023__COMBINED_basic__f2ff60b.html",
    page: 'profile',
    profile: { slug: "dhattarwalaman", name: "AMAN DHATTARWAL", headline: "Founder of ApniKaksha & Apna College | 21 times TEDx Speaker | Learner & Physics Teacher | 80,00,000+ students ❤️ | 102 times Guest Speaker |", location: "South Delhi, Delhi, India", company: null, avatar: "C4E03AQFAoY-MSYJsCA" },
    posts: [],
    degraded: null,
  },
  {
    file: "profile/TanishG03__Megathon2023__LinkedIn_scrapping_basic.html",
    page: 'profile',
    profile: { slug: "ponguru", name: "Ponnurangam Kumaraguru (PK)", headline: "#ProfGiri #PGChairGiri @IIITHyderabad, Distinguished Member - ACM, TEDx Speaker, Angel Investor, Visiting Prof. IIT Kanpur, Alum @CarnegieMellon @SCSatCMU @bitspilaniindia", location: "Hyderabad, Telangana, India", company: "Self", avatar: "D5603AQGxAhHseIpUPw" },
    posts: [],
    degraded: null,
  },
  {
    // 2026 React profile (V4): no h1; the name in the top card's h2; the slug only in links. Activity: own posts,
    // reposts ("Ross Martin 🚀 reposted this" headers: the author is the original's), and a quote post (Ines K. Cha
    // quoting XINYUN HE: the outer author). Each activity card links its post (`/feed/update/urn:li:activity:…`).
    file: "profile/yennanliu__linkedin-skill__profile_snapshot.html",
    page: 'profile',
    profile: { slug: "rossrmartin", name: "Ross Martin 🚀", headline: "APAC Lead - TA, Alexa + Amazon Science | Come and build the future with us!", location: "Tokyo, Tokyo, Japan", company: "Amazon Web Services (AWS)", avatar: "D5603AQHpxBna6qMf6Q", memberId: "ACoAABh9v68Bm16HDjm0-a6jbdpj5Qh3u4qatd0" },
    posts: [
      { key: "urn:li:activity:7379747492344766464", urn: KEY, author: ["person", "Ross Martin 🚀", "rossrmartin"], text: "1089:a27b27dd75fc" },
      { key: "urn:li:activity:7379420869284130816", urn: KEY, author: ["person", "Ross Martin 🚀", "rossrmartin"], text: "1243:3cd333ec84a5" },
      { key: "urn:li:activity:7376863918524137472", urn: KEY, author: ["person", "Ross Martin 🚀", "rossrmartin"], text: "988:634be0bf1e17" },
      { key: "urn:li:activity:7349319461897740290", urn: KEY, author: ["person", "Ross Martin 🚀", "rossrmartin"], text: "764:741d93a75755" },
      { key: "urn:li:activity:7348002992320626689", urn: KEY, author: ["person", "Ines K. Cha", "ines-k-cha-8609b916"], text: "217:bc26802ab7f4" },
      { key: "urn:li:activity:7300736854151049216", urn: KEY, author: ["person", "Andy Jassy", "andy-jassy-8b1615"], text: "515:b39dc9a43b9a" },
      { key: "urn:li:activity:7292410239465766913", urn: KEY, author: ["person", "Ross Martin 🚀", "rossrmartin"], text: "211:a7fa3e140424" },
      { key: "urn:li:activity:7270472158798069760", urn: KEY, author: ["person", "Jasper Cheung", "jasper-cheung-6934721"], text: "687:7ddd17568d70" },
      { key: "urn:li:activity:7270001651686473728", urn: KEY, author: ["person", "Gianmaria Visconti", "gvisconti"], text: "892:497a19dea712" },
      { key: "urn:li:activity:7267343999269519360", urn: KEY, author: ["company", "Amazon Careers", "amazon-careers"], text: "619:03d1ee398b0b" },
    ],
    degraded: null,
  },
  {
    // 2026 React profile (V4), no posts; rails full of other people (Explore Premium profiles, People you may know).
    // The top card's right panel names a company (company icon) and a school (school icon): the company is the one.
    file: "profile/yennanliu__linkedin-skill__tmp_profile_1.html",
    page: 'profile',
    profile: { slug: "prafful026", name: "Prafful Agrawal", headline: "Senior Software Engineer @ Mercari, Japan", location: "Tokyo, Japan", company: "Mercari, Inc.", avatar: "D5603AQFxJqZN8HdHFA", memberId: "ACoAACxrwp8BMKDI7TuCbTzmgVxdLCQEDgtBJVA" },
    posts: [],
    degraded: null,
  },
  {
    // 2026 React profile (V4): ten own posts, several linking a company page (a certificate's issuer) in their text.
    file: "profile/yennanliu__linkedin-skill__tmp_profile_4.html",
    page: 'profile',
    profile: { slug: "md-mosarrof-hossain-86a2a5159", name: "Md Mosarrof Hossain", headline: "Software Engineer at Deloitte Japan | AWS Certified DevOps Engineer | Database Speciality | Solutions Architect, ML & Data Engineer - Associate | AI Practitioner | Gen AI, Python, Java, JavaScript👨‍💻 | Django, React.js", location: "Tokyo, Tokyo, Japan", company: "Deloitte", avatar: "D5603AQG0-sIvczIetg", memberId: "ACoAACXzuJIBY3FnoQ2i3if7Y0TwotjH0b_5Nc8" },
    posts: [
      { key: "urn:li:activity:7449800587354746880", urn: KEY, author: ["person", "Md Mosarrof Hossain", "md-mosarrof-hossain-86a2a5159"], text: "218:fa17f8bbfe36" },
      { key: "urn:li:activity:7449799774926454786", urn: KEY, author: ["person", "Md Mosarrof Hossain", "md-mosarrof-hossain-86a2a5159"], text: "204:6c66499acc07" },
      { key: "urn:li:activity:7356607529772044289", urn: KEY, author: ["person", "Md Mosarrof Hossain", "md-mosarrof-hossain-86a2a5159"], text: "137:bdc002520dfd" },
      { key: "urn:li:activity:7320055475767521280", urn: KEY, author: ["person", "Md Mosarrof Hossain", "md-mosarrof-hossain-86a2a5159"], text: "142:3c4d38bc0d6a" },
      { key: "urn:li:activity:7320055405810761729", urn: KEY, author: ["person", "Md Mosarrof Hossain", "md-mosarrof-hossain-86a2a5159"], text: "60:6bf06a82e046" },
      { key: "urn:li:activity:7300835974467530754", urn: KEY, author: ["person", "Md Mosarrof Hossain", "md-mosarrof-hossain-86a2a5159"], text: "164:4764fd3e056f" },
      { key: "urn:li:activity:7300112649122459648", urn: KEY, author: ["person", "Md Mosarrof Hossain", "md-mosarrof-hossain-86a2a5159"], text: "120:ef4a28c66ca3" },
      { key: "urn:li:activity:7300112600552349696", urn: KEY, author: ["person", "Md Mosarrof Hossain", "md-mosarrof-hossain-86a2a5159"], text: "60:6bf06a82e046" },
      { key: "urn:li:activity:7294682257066180608", urn: KEY, author: ["person", "Md Mosarrof Hossain", "md-mosarrof-hossain-86a2a5159"], text: "130:95b471a16ec7" },
      { key: "urn:li:activity:7294682162144940032", urn: KEY, author: ["person", "Md Mosarrof Hossain", "md-mosarrof-hossain-86a2a5159"], text: "60:6bf06a82e046" },
    ],
    degraded: null,
  },
  {
    file: "profile/julianbei__linkedin-public-profile__test_fixtures_profile.html",
    page: 'profile',
    profile: { slug: "julianamelung", name: "Julian (Beisenkötter) Amelung", headline: "Software Artist", location: "Berlin Area, Germany", company: "eXalted IT", avatar: "AAEAAQAAAAAAAAe8AAAAJDYwZGEyYWUyLTVhNWMtNDNjYS1hNGIxLTA0NTVjOWNiNGEyYQ" },
    posts: [],
    degraded: null,
  },
  {
    file: "profile/julianbei__linkedin-public-profile__tests_fixtures_profile.html",
    page: 'other',
    profile: null,
    posts: [],
    degraded: null,
  },
  {
    file: "activity/TanishG03__Megathon2023__activities.html",
    page: 'activity',
    profile: { slug: "aaditya-vardhan-narain-9142581b5", name: "Aaditya Vardhan Narain", headline: "Sophomore at IIIT- Hyderabad", location: null, company: null, avatar: "C4D03AQGQw8jfebTGTg" },
    posts: [],
    degraded: null,
  },
  {
    file: "search/Ecmosplasmidou__linkedin_scrapper__page_source.html",
    page: 'search',
    profile: null,
    posts: [],
    degraded: null,
  },
  {
    file: "messaging/Alejopdp__sales-pilot-frontend__render-send-message-button.js.block1_msg-overlay-list-bubble.html",
    page: 'messaging',
    profile: null,
    posts: [],
    degraded: null,
  },
  {
    file: "messaging/Alejopdp__sales-pilot-frontend__render-send-message-button.js.block2_msg-overlay-conversation-bubble.html",
    page: 'messaging',
    profile: null,
    posts: [],
    degraded: null,
  },
  {
    file: "other/TanishG03__Megathon2023__COMBINED_basic__70e543b_authwall.html",
    page: 'profile',
    profile: null,
    posts: [],
    degraded: null,
  },
  {
    file: "other/TanishG03__Megathon2023__COMBINED_education__21260a3.html",
    page: 'profile',
    profile: { slug: "aman-gupta-7217a515", name: "Aman Gupta", headline: "Co Founder and CMO at boAt Lifestyle (Hiring at all Levels)", location: "Delhi, India", company: null, avatar: "D4D03AQFVEEFxxCQMVQ" },
    posts: [],
    degraded: null,
  },
  {
    file: "other/TanishG03__Megathon2023__LinkedIn_scrapping_experince.html",
    page: 'profile',
    profile: { slug: "ponguru", name: "Ponnurangam Kumaraguru (PK)", headline: "#ProfGiri #PGChairGiri @IIITHyderabad, Distinguished Member - ACM, TEDx Speaker, Angel Investor, Visiting Prof. IIT Kanpur, Alum @CarnegieMellon @SCSatCMU @bitspilaniindia", location: "Hyderabad, Telangana, India", company: null, avatar: "D5603AQGxAhHseIpUPw" },
    posts: [],
    degraded: null,
  },
  {
    file: "feed/wiibee-cacheprep__AllYouNeed-MachineLearning__Feed _ LinkedIn.html",
    page: 'feed',
    profile: null,
    posts: [
      { key: "urn:li:activity:6928572401169432576", urn: KEY, author: ["person", "Tirthajyoti Sarkar", "tirthajyoti-sarkar"], text: "351:30255822941c" },
      { key: "urn:li:activity:6928570407885185024", urn: KEY, author: ["company", "Fact of the Day 1", "fact-of-the-day-1"], text: "211:7a14500f9b96" },
      { key: "urn:li:activity:6928569306997829632", urn: KEY, author: ["person", "Ankit Rathi", "ankitrathi"], text: "80:644c75df0f57" },
      { key: "urn:li:activity:6925314820242030592", urn: KEY, author: ["company", "Rippling", "rippling"], text: "136:b94589b6147c" },
      { key: "urn:li:activity:6928576916165734400", urn: KEY, author: ["company", "Cleartrip", "cleartrip"], text: "240:2975df3dbb38" },
    ],
    degraded: null,
  },
  {
    file: "feed/hrhv__ollama-reply__TASK.md.anatomy_linkedin.html",
    page: 'feed',
    profile: null,
    posts: [
      { key: "urn:li:activity:7366738224129470464", urn: KEY, author: ["person", "Arjun V Paul .", "arjunvpaul"], text: "616:1452a8a89dba" },
    ],
    degraded: null,
  },
  {
    file: "feed/santos-sanz__linkedin-post-scraper__Feed _ LinkedIn.html",
    page: 'feed',
    profile: null,
    posts: [
      { key: "urn:li:activity:7336093936161124352", urn: KEY, author: ["company", "Bland", "bland-ai"], text: "1078:18328f5a09df" },
      { key: "urn:li:activity:7329193014956814336", urn: KEY, author: ["company", "Microsoft", null], text: "418:ad678eff68d9" },
      { key: "urn:li:activity:7336062102878507009", urn: KEY, author: ["person", "Devan Baucom", "devan-baucom"], text: "170:3b489af670bd" },
    ],
    degraded: null,
  },
  {
    file: "feed/sravanpusuluri02__portfolio__Feed _ LinkedIn.html",
    page: 'feed',
    profile: null,
    posts: [
      { key: "componentkey:tZCvg6mQUbHPXdhoYvBh6myBkQKrEQvE1ljgyMubZL4", urn: null, author: ["person", "Elvis S.", "omarsar"], text: "493:ec6c5508bdd4" },
      { key: "componentkey:UsSx2lJXS0j1Lg-6ZyquEzWxGA8eFo7aKhG3nYB_rDI", urn: null, author: ["company", "Microsoft Azure", "microsoft-azure"], text: "104:fea18e9a7760" },
      { key: "componentkey:2fsqHLVtSGNkHJKV3zsgFEGZmwhcCNV4vbzf2t2xVQ8", urn: null, author: ["company", "Google for Developers", "googledevelopers"], text: "174:89e1c90eb929" },
      { key: "componentkey:nL35T5gFgzaFOj3zKjy79jiPnPJLiM80MbKn_WM1VC8", urn: null, author: ["person", "Mohd Intzar Ali", "mohd-intzar-ali-37a4543b7"], text: "1117:51403e229126" },
      { key: "componentkey:syEbD4Ao26YQaKIxm_HKfApbjt7FDvpuWh8eW00WJCc", urn: null, author: null, text: null },
      { key: "componentkey:sFrn5QoQbOV8Nmed-h-BNCLtW_SFu1wP6BPmXVpXBZw", urn: null, author: ["company", "Tableau", "tableau-software"], text: "142:50550651fecb" },
      { key: "componentkey:JrxICVOgOyiYltJNI5VzPVmioDAZXhN5Uo4F08UUVa8", urn: null, author: ["person", "Aurimas Griciūnas", "aurimas-griciunas"], text: "1458:ed3005d857cd" },
      { key: "componentkey:Zefuztc2Vkh5opVPQcTlWK1Z3egu9Se73C8iuYWxCT0", urn: null, author: ["person", "Khushi Patel", "khushi-patel-2702a71a1"], text: "624:9336456896b9" },
    ],
    degraded: null,
  },
  {
    // 2026 React feed (V4, English UI): a poll, two promoted company posts behind "… follow <Company>" headers,
    // "commented on this" (the commenter is not the author), a person reposting a company post (the company is).
    file: "feed/HITMAN5050__Linkedin-bot__debug_feed.html",
    page: 'feed',
    profile: null,
    posts: [
      { key: "componentkey:hhzdJoWJq8PmM20pFxA_n4QM3KvM7hKKZXCf_294Edw", urn: null, author: ["person", "Sakshi Pandey", "sakshi-pandey-0717933a3"], text: "37:27a90bbf1d2c" },
      { key: "componentkey:ooK8utk2W4edJF0wM2Fh1EpYjJDseEUh8mLrXKKaAz8", urn: null, author: ["company", "Infosys Springboard", "infosys-springboard"], text: "433:9d7dc1de41e4" },
      { key: "componentkey:3G2OBowcuXFTwBgrRIAKNZXCLiTCielsc9soz8xoH_s", urn: null, author: ["person", "Mehal Khaitan", "mehal-khaitan-7b76a9137"], text: "1414:fd17caf4c959" },
      { key: "componentkey:MmpegSr0DuZoFILwFbVQmGTrOxXKLGMDOhkr_3jlmk0", urn: null, author: ["person", "Dipti Kumari", "dipti-kumari-4a5167191"], text: "378:daa1fd19c2d5" },
      { key: "componentkey:FqWf0Nii0bIFOqaB7Yk0lgoZKBDx7iNUwe404ksvBsE", urn: null, author: ["person", "Bharat Sewani", "bharatsewani1993"], text: "258:c624caaa2f93" },
      { key: "componentkey:rngWsHgmKIpp7zDjj4FgC_BoEM44LfkjqvZUmpLNgdQ", urn: null, author: ["company", "Amazon Web Services (AWS)", "amazon-web-services"], text: "199:bcad81b46145" },
      { key: "componentkey:CFyYl3bYIxO8nYM5bxPT7sJQawMF2vhfBhU8Uj0_Nhg", urn: null, author: ["company", "Upsquare®", "upsquaretech"], text: "1265:6b3ec10221b2" },
      { key: "componentkey:HzSQczfBEEGpzuyuCUnmCa5McP4Ovl2HpWz4nv9FDvo", urn: null, author: ["person", "Tushar Amalseda", "tushar-amalseda"], text: "995:d5334c92aa0c" },
    ],
    degraded: null,
  },
  {
    file: "post/saiakhiltp__Linkedin_Scrapper__html_pages_linkedin_post.html",
    page: 'post',
    profile: null,
    posts: [
      { key: "urn:li:activity:7195255465402904576", urn: KEY, author: ["company", "Tech Mahindra", "tech-mahindra"], text: "217:8b8bd8e9d1a6" },
    ],
    degraded: null,
  },
  {
    file: "post/saiakhiltp__Linkedin_Scrapper__html_temp_www.linkedin.com_posts_abdigoodarzi_ai-agents-are-having-a-momentand-its-only-activity-7366538653721874433-4diG.html",
    page: 'post',
    profile: null,
    posts: [
      { key: "urn:li:activity:7366538653721874433", urn: KEY, author: ["person", "Abdi Goodarzi", "abdigoodarzi"], text: "1363:045fe8933d7c" },
      { key: "urn:li:activity:7380180116829786112", urn: KEY, author: ["company", "Brightstar AI Solutions", "brightstar-ai-solutions"], text: "861:bc6c3cc20b55" },
      { key: "urn:li:activity:7380180119946022912", urn: KEY, author: ["person", "OLAOYE ABIOLA", "olaoye-abiola-555730130"], text: "861:bc6c3cc20b55" },
      { key: "urn:li:activity:7381678493895516160", urn: KEY, author: ["person", "Sean Peek", "seanpeek"], text: "1709:94a879d6d36c" },
      { key: "urn:li:activity:7387113570112696320", urn: KEY, author: ["person", "Liza Adams", "lizaadams"], text: "1861:5638818100f1" },
      { key: "urn:li:activity:7387311972700147712", urn: KEY, author: ["person", "Liza Adams", "lizaadams"], text: "1861:5638818100f1" },
      { key: "urn:li:activity:7379911604945043456", urn: KEY, author: ["person", "Dan Ricks", "dkricks"], text: "2000:3ead28f9d820" },
      { key: "urn:li:activity:7378741075240189953", urn: KEY, author: ["person", "Dele Arogundade", "dele-arogundade"], text: "1562:d39c209e98ec" },
      { key: "urn:li:activity:7379906717456801792", urn: KEY, author: ["company", "TriggerBI", "triggerbi"], text: "1245:83836be3904d" },
      { key: "urn:li:activity:7379907511761399809", urn: KEY, author: ["company", "TriggerBI", "triggerbi"], text: "1245:83836be3904d" },
      { key: "urn:li:activity:7378794904883417088", urn: KEY, author: ["person", "Manish Vijay", "ai-business"], text: "2000:67331326a434" },
    ],
    degraded: null,
  },
  {
    file: "post/saiakhiltp__Linkedin_Scrapper__html_temp_www.linkedin.com_posts_carol-seymour-40897614_happy-mothers-day-and-thank-you-to-all-the-activity-7327277592623935488-cePC.html",
    page: 'post',
    profile: null,
    posts: [
      { key: "urn:li:activity:7327277592623935488", urn: KEY, author: ["person", "Carol Seymour", "carol-seymour-40897614"], text: "391:95e899b54e2e" },
    ],
    degraded: null,
  },
  {
    file: "post/saiakhiltp__Linkedin_Scrapper__html_temp_www.linkedin.com_posts_rajivkumarmd_i-havent-posted-in-a-while-because-ive-activity-7387176471376850944-jYGM.html",
    page: 'post',
    profile: null,
    posts: [
      { key: "urn:li:activity:7387176471376850944", urn: KEY, author: ["person", "Rajiv Kumar, M.D.", "rajivkumarmd"], text: "2000:7fbc959192a3" },
      { key: "urn:li:activity:7391488412689784833", urn: KEY, author: ["person", "Angela Steel", "angelasteel"], text: "2000:6e233f26c551" },
      { key: "urn:li:activity:7386183083173240832", urn: KEY, author: ["person", "Matt Percia", "matthewpercia"], text: "2000:6b6d5670cb0e" },
      { key: "urn:li:activity:7393519386126618624", urn: KEY, author: ["person", "Victoria Baverstock MSc", "victoriabaverstock"], text: "1922:d26baf7a8d3d" },
      { key: "urn:li:activity:7384884485055561728", urn: KEY, author: ["person", "Trine Christensen", "trine-christensen-b842435"], text: "2000:f22cd6861ab0" },
      { key: "urn:li:activity:7389758884963442688", urn: KEY, author: ["company", "Breakthru: Microbreaks for the Modern Workday", "breakthru-immersive-microbreaks"], text: "2000:a85a5f5ea9dd" },
      { key: "urn:li:activity:7388603605441826816", urn: KEY, author: ["person", "James Elwell", "james-elwell-9271041"], text: "2000:d0277a2fc2bf" },
      { key: "urn:li:activity:7383478064585863168", urn: KEY, author: ["company", "Faculty of Occupational Health Nursing", "fohn"], text: "1234:b536dd3b7b30" },
      { key: "urn:li:activity:7388586060315774976", urn: KEY, author: ["person", "Anthony Vennare", "vennare"], text: "1207:9f069cfd91a8" },
      { key: "urn:li:activity:7389979466263048192", urn: KEY, author: ["person", "Anthony Vennare", "vennare"], text: "1207:9f069cfd91a8" },
      { key: "urn:li:activity:7388320956877852672", urn: KEY, author: ["company", "Workplace Wellbeing Initiative of the Global Wellness Institute", "workplace-wellbeing-initiative"], text: "1035:dd131af93d4a" },
    ],
    degraded: null,
  },
  {
    file: "post/saiakhiltp__Linkedin_Scrapper__linkedin_post.html",
    page: 'post',
    profile: null,
    posts: [
      { key: "urn:li:activity:7202164482180091907", urn: KEY, author: ["company", "TP", "teleperformance"], text: "299:76f95234b081" },
    ],
    degraded: null,
  },
];

describe.runIf(hasRealPages)('recognition of every real LinkedIn page', () => {
  it.each(REAL_PAGES.map((e) => [e.file, e] as const))('%s', (_file, expected) => {
    const result = recognizePage(real(expected.file), REAL_PAGE_URLS[expected.file]!);
    // The CLI contract holds.
    expect(Recognition.safeParse({ page: result.page, profile: result.profile, posts: result.posts }).success).toBe(true);
    expect(result.page).toBe(expected.page);
    expect(result.degraded).toBe(expected.degraded);
    if (expected.profile === null) expect(result.profile).toBeNull();
    else {
      const { avatar, ...fields } = expected.profile;
      expect(result.profile).toEqual({
        ...fields,
        profileUrl: `https://www.linkedin.com/in/${expected.profile.slug}/`,
        avatarUrl: avatar === null ? null : expect.stringMatching(new RegExp(`^https://media\\.licdn\\.com/.*${avatar.replace(/[-\\^$*+?.()|[\]{}]/g, '\\$&')}`)),
      });
    }
    expect(
      result.posts.map((p) => ({
        key: p.key,
        urn: p.urn === null ? null : p.urn === p.key ? KEY : p.urn,
        author: p.author && [p.author.kind, p.author.name, p.author.slug],
        text: digest(p.text),
      })),
    ).toEqual(expected.posts);
    // Authors' URLs are always derived from their slugs.
    for (const post of result.posts) {
      if (post.author?.slug) expect(post.author.profileUrl).toMatch(new RegExp(`^https://www\\.linkedin\\.com/(in|company|showcase|school)/${post.author.slug}/$`));
    }
  });

  it('covers every real page in the corpus', async () => {
    const { readdirSync } = await import('node:fs');
    const { REAL_PAGES_DIR } = await import('./fixtures');
    const files = readdirSync(REAL_PAGES_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files.sort()).toEqual(REAL_PAGES.map((e) => e.file).sort());
    expect(Object.keys(REAL_PAGE_URLS).sort()).toEqual(files.sort());
  });
});

// CI may run without ../shared: say so visibly rather than pass silently.
if (!hasRealPages) {
  describe('real LinkedIn pages', () => {
    it.skip(SKIP_REAL_PAGES, () => {});
  });
}
