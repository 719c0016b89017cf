/// The participant's page: one self-contained document (inline CSS and ES5 script, no CDN, no
/// framework) that polls the open question and posts one vote. It holds no case text: the
/// question comes from `/api/etat`, inserted as text, never as HTML.
enum ParticipantPage {
  static let style = """
    *{box-sizing:border-box}
    body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:18px;line-height:1.45;color:#111;background:#fff}
    main{max-width:40em;margin:0 auto;padding:16px}
    h1{font-size:1.3em;margin:0 0 12px}
    #question{font-size:1.15em;font-weight:bold;margin:12px 0}
    .choix{display:block;position:relative;width:100%;min-height:56px;margin:10px 0;padding:12px 14px 12px 46px;font:inherit;text-align:left;color:#111;background:#f3f3f3;border:2px solid #555;border-radius:10px}
    .choix b{position:absolute;left:14px;top:12px}
    .choix[aria-pressed=true]{background:#0b3d91;color:#fff;border-color:#0b3d91}
    .choix:focus,button:focus,input:focus{outline:3px solid #e07b00;outline-offset:2px}
    #statut{min-height:1.5em;font-weight:bold;margin:12px 0}
    .ok{color:#0a6b2b}.erreur{color:#a4001d}
    .barre{height:14px;background:#0b3d91;border-radius:4px;margin:2px 0 10px}
    .ligne{margin-top:8px}
    label{display:block;font-weight:bold;margin:8px 0 4px}
    input{font:inherit;width:100%;padding:12px;border:2px solid #555;border-radius:8px}
    #entrer{display:block;width:100%;min-height:56px;margin-top:12px;font:inherit;font-weight:bold;color:#fff;background:#0b3d91;border:0;border-radius:10px}
    .discret{color:#444;font-size:.9em}
    #pseudoLabel{margin-top:24px}
    """

  static let script = """
    (function(){
    var code='',cle=null,etape='',dernier='',monVote=null;
    function $(id){return document.getElementById(id);}
    function texte(el,t){el.textContent=t;}
    function vider(el){while(el.firstChild){el.removeChild(el.firstChild);}}
    function statut(t,classe){var s=$('statut');texte(s,t);s.className=classe||'';}
    function requete(methode,url,corps,fin){
      var x=new XMLHttpRequest();x.open(methode,url,true);
      x.setRequestHeader('Content-Type','application/json');
      x.onreadystatechange=function(){if(x.readyState!==4){return;}
        var r=null;try{r=JSON.parse(x.responseText);}catch(e){}
        fin(x.status,r||{});};
      x.send(corps?JSON.stringify(corps):null);}
    function afficher(e){
      var q=$('question'),liste=$('choix');
      var signature=JSON.stringify(e);
      if(signature===dernier){return;}dernier=signature;
      etape=e.etape;cle=e.cle||null;monVote=e.monVote||null;vider(liste);
      $('attente').hidden=!(etape==='attente'||etape==='fin');
      texte($('attente'),etape==='fin'?'La séance est terminée. Merci !':'Regardez l\\u2019écran : la prochaine question s\\u2019affichera ici.');
      texte(q,e.question||'');q.hidden=!e.question;
      texte($('titre'),etape==='vote'?(e.tour===2?'Second vote':'Votre vote'):etape==='fondement'?'Le fondement':etape==='repartition'||etape==='resultatFondement'?'Les votes de la salle':'Séance de groupe');
      var total=0,i;if(e.repartition){for(i=0;i<e.repartition.length;i++){total+=e.repartition[i];}}
      for(i=0;i<(e.choix||[]).length;i++){(function(c,n){
        if(e.repartition){
          var d=document.createElement('div');d.className='ligne';
          var pc=total?Math.round(100*e.repartition[n]/total):0;
          var t=document.createElement('b');texte(t,c.lettre+') '+e.repartition[n]+' vote'+(e.repartition[n]>1?'s':'')+' · '+pc+' %');
          d.appendChild(t);d.appendChild(document.createElement('br'));d.appendChild(document.createTextNode(c.texte));
          var b=document.createElement('div');b.className='barre';b.style.width=Math.max(pc,1)+'%';
          b.setAttribute('aria-hidden','true');liste.appendChild(d);liste.appendChild(b);return;}
        var bouton=document.createElement('button');bouton.type='button';bouton.className='choix';
        bouton.setAttribute('aria-pressed',e.monVote===c.lettre?'true':'false');
        var l=document.createElement('b');texte(l,c.lettre+')');bouton.appendChild(l);
        bouton.appendChild(document.createTextNode(' '+c.texte));
        bouton.onclick=function(){voter(c.lettre);};liste.appendChild(bouton);
      })(e.choix[i],i);}
      if(e.cle){statut(e.monVote?'Vote enregistré ('+e.monVote+'). Vous pouvez changer d\\u2019avis tant que le vote est ouvert.':'Touchez votre réponse.', e.monVote?'ok':'');}
      else if(e.repartition){statut('Vote clos.','');}else{statut('','');}}
    function voter(lettre){
      var p=($('pseudo').value||'').replace(/\\s+/g,' ').replace(/^ | $/g,'');
      try{sessionStorage.setItem('confidentPseudo',p);}catch(e){}
      requete('POST','/api/vote',{code:code,cle:cle,choix:lettre,pseudo:p},function(s,r){
        if(s===200){dernier='';statut(r.message||'Vote enregistré.','ok');charger();}
        else{statut(r.message||'Le vote n\\u2019a pas pu être envoyé. Réessayez.','erreur');}});}
    function charger(){
      requete('GET','/api/etat?code='+encodeURIComponent(code),null,function(s,r){
        if(s===200){afficher(r);}
        else if(s===403){$('salle').hidden=false;$('jeu').hidden=true;texte($('erreurCode'),r.message||'Code de salle inconnu.');$('code').focus();}
        else if(s===0){dernier='';statut('Connexion perdue : la séance est peut-être terminée, ou le Wi-Fi coupé. Nouvel essai…','erreur');}
        else if(s!==429){dernier='';statut(r.message||'Erreur du serveur, nouvel essai…','erreur');}});}
    function entrer(){
      code=($('code').value||'').replace(/\\s/g,'').toUpperCase();
      if(!code){texte($('erreurCode'),'Tapez le code affiché à l\\u2019écran.');$('code').focus();return false;}
      texte($('erreurCode'),'');
      texte($('salleActuelle'),'Salle '+code+'. Aucun nom n\\u2019est demandé\\u00a0; les votes restent sur l\\u2019ordinateur du formateur.');
      $('salle').hidden=true;$('jeu').hidden=false;dernier='';charger();return false;}
    var m=/^\\/([A-Za-z0-9]{4,8})$/.exec(location.pathname)||/[?&]code=([A-Za-z0-9]{1,8})/.exec(location.search);
    $('formulaire').onsubmit=entrer;
    try{$('pseudo').value=sessionStorage.getItem('confidentPseudo')||'';}catch(e){}
    $('pseudo').onchange=function(){if(cle&&monVote){voter(monVote);}};
    if(m){$('code').value=m[1];entrer();}
    setInterval(function(){if(code&&$('salle').hidden){charger();}},2000);
    })();
    """

  /// The page's Content-Security-Policy: no source but this server, only this page's own
  /// script and style.
  static let contentSecurityPolicy: String = {
    let script = "'sha256-" + SHA256.base64Digest(Self.script) + "'"
    let style = "'sha256-" + SHA256.base64Digest(Self.style) + "'"
    return "default-src 'none'; script-src \(script); style-src \(style); connect-src 'self'; img-src 'self'; "
      + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
  }()

  static let html = """
    <!DOCTYPE html>
    <html lang="fr">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>Confident · vote de la salle</title>
    <style>\(style)</style>
    </head>
    <body>
    <main>
    <h1 id="titre">Séance de groupe</h1>
    <form id="formulaire"><div id="salle">
    <label for="code">Code de la salle (affiché à l’écran)</label>
    <input id="code" name="code" autocomplete="off" autocapitalize="characters" maxlength="8" inputmode="text">
    <p id="erreurCode" class="erreur" role="alert"></p>
    <button id="entrer" type="submit">Rejoindre</button>
    <p class="discret">Aucun nom n’est demandé. Votre vote reste sur l’ordinateur du formateur\u{A0}; rien ne part sur Internet.</p>
    </div></form>
    <section id="jeu" hidden>
    <p id="attente">Regardez l’écran : la prochaine question s’affichera ici.</p>
    <p id="question" hidden></p>
    <p id="statut" role="status" aria-live="polite"></p>
    <div id="choix"></div>
    <label id="pseudoLabel" for="pseudo">Pseudonyme ou équipe (facultatif)</label>
    <input id="pseudo" name="pseudo" maxlength="40" autocomplete="off" aria-describedby="pseudoAide" enterkeyhint="done">
    <p id="pseudoAide" class="discret">Envoyé avec votre vote et cité dans le bilan du formateur\u{A0}; laissez vide pour rester anonyme.</p>
    <p id="salleActuelle" class="discret"></p>
    </section>
    </main>
    <script>\(script)</script>
    </body>
    </html>
    """
}
